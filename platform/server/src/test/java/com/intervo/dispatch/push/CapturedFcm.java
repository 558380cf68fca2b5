package com.intervo.dispatch.push;

import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;
import com.google.api.client.testing.http.MockHttpTransport;
import com.google.api.client.testing.http.MockLowLevelHttpRequest;
import com.google.api.client.testing.http.MockLowLevelHttpResponse;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP transport for the Firebase Admin SDK that captures every outgoing request (URL, headers, JSON body)
 * and answers as FCM would: success by default, or the scripted answers queued with {@link #answer}. Our code is
 * not mocked: the SDK builds and sends the real FCM HTTP v1 requests.
 */
public final class CapturedFcm {

    /** One request as it left the SDK. */
    public record Request(String method, String url, String authorization, String body) {}

    /** A scripted answer. */
    public record Answer(int status, String body) {}

    public static final String PROJECT = "intervo-test";

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Answer> script = new ConcurrentLinkedDeque<>();
    private final java.util.Map<String, Deque<Answer>> byToken = new java.util.concurrent.ConcurrentHashMap<>();
    private final FirebaseApp app;

    public CapturedFcm() {
        MockHttpTransport transport = new MockHttpTransport() {
            @Override
            public LowLevelHttpRequest buildRequest(String method, String url) {
                return new MockLowLevelHttpRequest(url) {
                    @Override
                    public LowLevelHttpResponse execute() throws IOException {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        if (getStreamingContent() != null) {
                            getStreamingContent().writeTo(out);
                        }
                        String auth = getHeaderValues("authorization").isEmpty()
                                ? null
                                : getHeaderValues("authorization").getFirst();
                        requests.add(new Request(method, url, auth, out.toString(StandardCharsets.UTF_8)));
                        String body = out.toString(StandardCharsets.UTF_8);
                        Answer answer = byToken.entrySet().stream()
                                .filter(e -> body.contains("\"token\":\"" + e.getKey() + "\""))
                                .map(e -> e.getValue().pollFirst())
                                .filter(java.util.Objects::nonNull)
                                .findFirst()
                                .orElseGet(script::pollFirst);
                        if (answer == null) {
                            answer = new Answer(
                                    200, "{\"name\":\"projects/" + PROJECT + "/messages/" + UUID.randomUUID() + "\"}");
                        }
                        return new MockLowLevelHttpResponse()
                                .setStatusCode(answer.status())
                                .setContentType("application/json")
                                .setContent(answer.body());
                    }
                };
            }
        };
        FirebaseOptions options = FirebaseOptions.builder()
                .setCredentials(GoogleCredentials.create(
                        new AccessToken("test-access-token", new Date(System.currentTimeMillis() + 3_600_000))))
                .setProjectId(PROJECT)
                .setHttpTransport(transport)
                .build();
        app = FirebaseApp.initializeApp(options, "captured-" + UUID.randomUUID());
    }

    /** The real Firebase gateway over this transport (short retry pauses for tests). */
    public FirebasePushGateway gateway(int attempts) {
        return new FirebasePushGateway(app, attempts, Duration.ofMillis(20));
    }

    public void answer(int status, String body) {
        script.addLast(new Answer(status, body));
    }

    /** The next request for this token gets this answer (requests of one batch run in parallel). */
    public void answerFor(String token, int status, String body) {
        byToken.computeIfAbsent(token, t -> new ConcurrentLinkedDeque<>()).addLast(new Answer(status, body));
    }

    /** The FCM v1 error body for a token that is no longer registered. */
    public static String unregistered() {
        return error(404, "NOT_FOUND", "UNREGISTERED");
    }

    public static String error(int code, String status, String fcmCode) {
        return "{\"error\":{\"code\":" + code + ",\"message\":\"test\",\"status\":\"" + status + "\",\"details\":[{"
                + "\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\"" + fcmCode
                + "\"}]}}";
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requestsFor(String token) {
        return requests.stream()
                .filter(r -> r.body().contains("\"token\":\"" + token + "\""))
                .toList();
    }

    public void clear() {
        requests.clear();
        script.clear();
        byToken.clear();
    }

    public void delete() {
        app.delete();
    }
}
