package com.intervo.dispatch.rest;

import com.intervo.dispatch.IdempotentCalls;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers of mutating calls as JSON, once per {@code Idempotency-Key}: the body is written here (with the
 * application's JSON mapper) so the stored answer of a retry is byte for byte the first one.
 */
@Component
class IdempotentResponses {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

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
        String hash = hash(http.getMethod(), http.getRequestURI(), request);
        IdempotentCalls.Answer answer = calls.run(
                key, hash, () -> new IdempotentCalls.Answer(status, json.writeValueAsString(action.get()), false));
        return ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .header(REPLAYED, String.valueOf(answer.replayed()))
                .body(answer.body());
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
