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
    private final HttpClient client;

    public Http(int port) {
        this.port = port;
        this.client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Calls from another loopback address ({@code 127.0.0.x}), so per-address limits of the server count these
     * calls apart from every other test's.
     */
    public Http(int port, java.net.InetAddress from) {
        this.port = port;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .localAddress(from)
                .build();
    }

    /** A loopback address no other test calls from. */
    public static java.net.InetAddress ownLoopbackAddress() {
        int n = java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 16);
        try {
            return java.net.InetAddress.getByAddress(new byte[] {127, (byte) (n >> 8), (byte) n, 7});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any request, for what the helpers do not cover (other methods, content types, headers). */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request.build());
    }

    /** A request builder for a path of the test server, with the bearer token if one is given. */
    public HttpRequest.Builder request(String path, String token) {
        return request(path, token, null);
    }

    public HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token, null).GET().build());
    }

    /** A GET whose answer is binary (a PDF, an image). */
    public HttpResponse<byte[]> getBytes(String path, String token) throws IOException, InterruptedException {
        return client.send(request(path, token, null).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
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

    public HttpResponse<String> putJson(String path, String token, String json)
            throws IOException, InterruptedException {
        return send(request(path, token, null)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
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
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":\"?([^\",}]*)")
                .matcher(json);
        if (!m.find()) {
            throw new AssertionError(name + " in " + json);
        }
        return m.group(1);
    }
}
