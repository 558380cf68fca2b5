package com.intervo.dispatch.rest;

import com.intervo.dispatch.AnswerShape;
import com.intervo.dispatch.IdempotentCalls;
import com.intervo.dispatch.TicketDetails;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers of mutating calls as JSON, once per {@code Idempotency-Key}: the body is written here (with the
 * application's JSON mapper) so the stored answer of a retry is byte for byte the first one. A call with
 * {@code Prefer: return=minimal} gets a changed ticket's summary instead of its details (and only the summary is
 * read); the preference is part of the request's hash, so a retry must ask the same way.
 */
@Component
class IdempotentResponses {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String PREFER = "Prefer";
    static final String MINIMAL = "return=minimal";

    private final IdempotentCalls calls;
    private final JsonMapper json;

    IdempotentResponses(IdempotentCalls calls, JsonMapper json) {
        this.calls = calls;
        this.json = json;
    }

    /** Runs the action once for the key; {@code request} is what the client asked (hashed to spot a reused key). */
    ResponseEntity<String> run(HttpServletRequest http, String key, Object request, int status, Supplier<?> action) {
        return run(http, key, json.writeValueAsBytes(request == null ? "" : request), status, action);
    }

    ResponseEntity<String> run(HttpServletRequest http, String key, byte[] request, int status, Supplier<?> action) {
        boolean minimal = prefersMinimal(http);
        String hash = hash(http.getMethod(), http.getRequestURI() + (minimal ? " " + MINIMAL : ""), request);
        IdempotentCalls.Answer answer = calls.run(key, hash, () -> {
            Object result = minimal ? AnswerShape.summaryOnly(() -> summary(action.get())) : action.get();
            return new IdempotentCalls.Answer(status, json.writeValueAsString(result), false);
        });
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .header(REPLAYED, String.valueOf(answer.replayed()))
                .header(HttpHeaders.VARY, PREFER);
        if (minimal) {
            response.header("Preference-Applied", MINIMAL);
        }
        return response.body(answer.body());
    }

    private static Object summary(Object result) {
        return result instanceof TicketDetails details ? details.summary() : result;
    }

    /** RFC 7240: {@code Prefer: return=minimal}, alone or among other preferences, in any of the headers. */
    static boolean prefersMinimal(HttpServletRequest http) {
        for (Enumeration<String> headers = http.getHeaders(PREFER); headers.hasMoreElements(); ) {
            for (String preference : headers.nextElement().split(",")) {
                String token = preference.split(";", 2)[0].replace(" ", "").replace("\"", "");
                if (token.equalsIgnoreCase(MINIMAL)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String hash(String method, String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part == null ? new byte[0] : part);
                digest.update((byte) 0);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
