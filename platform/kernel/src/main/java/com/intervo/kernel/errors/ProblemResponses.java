package com.intervo.kernel.errors;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes RFC 9457 problem details from filters, where no message converter is at hand. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        write(response, status, type, title, detail, java.util.Map.of());
    }

    /** With {@code fields}: the refused fields (or parameters), each with its translated reason. */
    public static void write(
            HttpServletResponse response,
            int status,
            String type,
            String title,
            String detail,
            java.util.Map<String, String> fields)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        StringBuilder body = new StringBuilder("{\"type\":" + quote("https://intervo.app/problems/" + type)
                + ",\"title\":" + quote(title) + ",\"status\":" + status + ",\"detail\":" + quote(detail));
        if (!fields.isEmpty()) {
            body.append(",\"fields\":{");
            String separator = "";
            for (var field : fields.entrySet()) {
                body.append(separator).append(quote(field.getKey())).append(':').append(quote(field.getValue()));
                separator = ",";
            }
            body.append('}');
        }
        response.getWriter().write(body.append('}').toString());
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
