package com.intervo.technician.core.api;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Carries one HTTP exchange. An {@link IOException} means no answer came (offline, timeout, lost on the way). */
public interface Transport {

    Response send(Request request) throws IOException;

    final class Request {
        public final String method;
        /** Path and query under the server's address, e.g. {@code /api/v1/dispatch/my/tickets?since=0}. */
        public final String path;

        public final Map<String, String> headers = new LinkedHashMap<>();
        public final byte[] body;

        public Request(String method, String path, byte[] body, String contentType) {
            this.method = method;
            this.path = path;
            this.body = body;
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
        }

        public Request header(String name, String value) {
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }
    }

    final class Response {
        public final int status;
        public final Map<String, String> headers;
        public final byte[] body;

        public Response(int status, Map<String, String> headers, byte[] body) {
            this.status = status;
            this.headers = Collections.unmodifiableMap(headers);
            this.body = body == null ? new byte[0] : body;
        }

        public String header(String name) {
            for (Map.Entry<String, String> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue();
                }
            }
            return null;
        }
    }
}
