package com.intervo.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dispatch API over loopback as the app calls it: bearer token, optional Idempotency-Key, JSON or multipart. */
class DispatchApi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    DispatchApi(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path, String token) {
        return send(request(path, token, null).GET().build());
    }

    HttpResponse<byte[]> getBytes(String path, String token) {
        try {
            return client.send(request(path, token, null).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, String token, String json, String key) {
        return send(request(path, token, key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** A POST asking for the minimal answer ({@code Prefer: return=minimal}). */
    HttpResponse<String> postMinimal(String path, String token, String json, String key) {
        return send(request(path, token, key)
                .header("Content-Type", "application/json")
                .header("Prefer", "return=minimal")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<String> post(String path, String token, String json) {
        return post(path, token, json, null);
    }

    HttpResponse<String> put(String path, String token, String json, String key) {
        return send(request(path, token, key)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<String> delete(String path, String token, String key) {
        return send(request(path, token, key).DELETE().build());
    }

    /** A multipart upload: one file part ("file") and text fields. */
    HttpResponse<String> upload(
            String path, String token, String fileName, byte[] content, Map<String, String> fields, String key) {
        String boundary = "----intervo" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> f : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                                + f.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request(path, token, key)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The ticket of a response (the body, or the {@code ticket} of a 409). */
    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return json(response);
    }

    static long version(JsonNode ticket) {
        return ticket.get("summary").get("version").asLong();
    }

    static String stage(JsonNode ticket) {
        return ticket.get("summary").get("stage").asString();
    }

    private HttpRequest.Builder request(String path, String token, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            builder.header("Idempotency-Key", key);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
