package com.intervo.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP calls to the test server on loopback. */
public class Http {

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Http(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token, null).GET().build());
    }

    public HttpResponse<String> get(String path, String token, String host) throws IOException, InterruptedException {
        return send(request(path, token, host).GET().build());
    }

    public HttpResponse<String> postJson(String path, String token, String json, String language)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path, token, null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return send(builder.build());
    }

    public HttpResponse<String> putJson(String path, String token, String json) throws IOException, InterruptedException {
        return send(request(path, token, null).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> delete(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token, null).DELETE().build());
    }

    private HttpRequest.Builder request(String path, String token, String host) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (host != null) {
            // needs -Djdk.httpclient.allowRestrictedHeaders=host
            builder.header("Host", host + ":" + port);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The first value of a JSON field in an answer (string or plain value); fails the test when it is missing. */
    public static String field(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new AssertionError(name + " in " + json);
        }
        return m.group(1);
    }
}
