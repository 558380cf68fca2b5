package com.intervo.technician.core.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@link Transport} over {@link HttpURLConnection}: the same on Android and on a JVM. */
public final class HttpTransport implements Transport {

    private final String baseUrl;
    private final int connectTimeoutMs;
    private final int readTimeoutMs;

    public HttpTransport(String baseUrl) {
        this(baseUrl, 10_000, 60_000);
    }

    public HttpTransport(String baseUrl, int connectTimeoutMs, int readTimeoutMs) {
        this.baseUrl = trimSlash(baseUrl);
        this.connectTimeoutMs = connectTimeoutMs;
        this.readTimeoutMs = readTimeoutMs;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Opens a connection to a path of the server (the event stream reads it itself). */
    public HttpURLConnection open(String path, int readTimeoutMs) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(baseUrl + path).openConnection();
        c.setConnectTimeout(connectTimeoutMs);
        c.setReadTimeout(readTimeoutMs);
        c.setUseCaches(false);
        c.setInstanceFollowRedirects(false);
        return c;
    }

    @Override
    public Response send(Request request) throws IOException {
        HttpURLConnection c = open(request.path, readTimeoutMs);
        try {
            c.setRequestMethod(request.method);
            c.setRequestProperty("Accept", "application/json, application/problem+json");
            c.setRequestProperty("Accept-Language", Locale.getDefault().toLanguageTag());
            for (Map.Entry<String, String> h : request.headers.entrySet()) {
                c.setRequestProperty(h.getKey(), h.getValue());
            }
            if (request.body != null) {
                c.setDoOutput(true);
                c.setFixedLengthStreamingMode(request.body.length);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(request.body);
                }
            }
            int status = c.getResponseCode();
            Map<String, String> headers = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> h : c.getHeaderFields().entrySet()) {
                if (h.getKey() != null && !h.getValue().isEmpty()) {
                    headers.put(h.getKey(), h.getValue().get(0));
                }
            }
            InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            return new Response(status, headers, in == null ? new byte[0] : readAll(in));
        } finally {
            c.disconnect();
        }
    }

    static byte[] readAll(InputStream in) throws IOException {
        try (InputStream input = in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = input.read(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static String trimSlash(String url) {
        String u = url.trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
