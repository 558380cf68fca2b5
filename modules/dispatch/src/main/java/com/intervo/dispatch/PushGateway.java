package com.intervo.dispatch;

import java.util.List;
import java.util.Map;

/**
 * Sends push notifications to technicians' phones. The Firebase implementation (FCM HTTP v1) is used when a
 * service-account file is configured; otherwise a logging one (the technician still sees the in-app message).
 */
public interface PushGateway {

    /** A notification with a title and body and data for the app (ticket id, what happened). */
    record PushMessage(String title, String body, Map<String, String> data) {

        public PushMessage {
            data = data == null ? Map.of() : Map.copyOf(data);
        }
    }

    /**
     * What happened to each token.
     *
     * @param invalidTokens tokens the push service says are no longer valid: forget them
     * @param failedTokens  tokens that failed for another reason even after retries: keep them, try next time
     */
    record Outcome(int delivered, List<String> invalidTokens, List<String> failedTokens) {

        public Outcome {
            invalidTokens = List.copyOf(invalidTokens);
            failedTokens = List.copyOf(failedTokens);
        }
    }

    Outcome send(List<String> tokens, PushMessage message);

    /** "firebase" or "log", for the log and the README's check. */
    String name();
}
