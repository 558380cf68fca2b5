package com.intervo.dispatch.push;

import com.google.firebase.FirebaseApp;
import com.google.firebase.messaging.AndroidConfig;
import com.google.firebase.messaging.ApnsConfig;
import com.google.firebase.messaging.Aps;
import com.google.firebase.messaging.BatchResponse;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.MessagingErrorCode;
import com.google.firebase.messaging.Notification;
import com.google.firebase.messaging.SendResponse;
import com.intervo.dispatch.PushGateway;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FCM HTTP v1 through the Firebase Admin SDK: one message per token ({@code sendEach}). Tokens FCM calls
 * unregistered or invalid are reported for pruning; transient failures (unavailable, internal, quota) are retried
 * with a growing pause, then reported as failed.
 */
class FirebasePushGateway implements PushGateway {

    private static final Logger log = LoggerFactory.getLogger(FirebasePushGateway.class);
    static final Set<MessagingErrorCode> INVALID_TOKEN = EnumSet.of(
            MessagingErrorCode.UNREGISTERED,
            MessagingErrorCode.INVALID_ARGUMENT,
            MessagingErrorCode.SENDER_ID_MISMATCH);
    static final Set<MessagingErrorCode> TRANSIENT =
            EnumSet.of(MessagingErrorCode.UNAVAILABLE, MessagingErrorCode.INTERNAL, MessagingErrorCode.QUOTA_EXCEEDED);

    private final FirebaseMessaging messaging;
    private final int attempts;
    private final Duration firstPause;

    FirebasePushGateway(FirebaseApp app, int attempts, Duration firstPause) {
        this.messaging = FirebaseMessaging.getInstance(app);
        this.attempts = Math.max(1, attempts);
        this.firstPause = firstPause;
    }

    @Override
    public Outcome send(List<String> tokens, PushMessage message) {
        List<String> pending = new ArrayList<>(tokens);
        List<String> invalid = new ArrayList<>();
        int delivered = 0;
        Duration pause = firstPause;
        for (int attempt = 1; attempt <= attempts && !pending.isEmpty(); attempt++) {
            if (attempt > 1) {
                sleep(pause);
                pause = pause.multipliedBy(2);
            }
            List<String> retry = new ArrayList<>();
            try {
                BatchResponse batch = messaging.sendEach(
                        pending.stream().map(t -> message(t, message)).toList());
                List<SendResponse> responses = batch.getResponses();
                for (int i = 0; i < responses.size(); i++) {
                    SendResponse response = responses.get(i);
                    String token = pending.get(i);
                    if (response.isSuccessful()) {
                        delivered++;
                        continue;
                    }
                    MessagingErrorCode code = response.getException() == null
                            ? null
                            : response.getException().getMessagingErrorCode();
                    if (code != null && INVALID_TOKEN.contains(code)) {
                        invalid.add(token);
                    } else {
                        log.warn("Push to a device failed ({}), attempt {} of {}", code, attempt, attempts);
                        retry.add(token);
                    }
                }
            } catch (FirebaseMessagingException e) {
                log.warn("Push failed ({}), attempt {} of {}", e.getMessagingErrorCode(), attempt, attempts);
                retry.addAll(pending);
            }
            pending = retry;
        }
        return new Outcome(delivered, invalid, pending);
    }

    static Message message(String token, PushMessage message) {
        return Message.builder()
                .setToken(token)
                .setNotification(Notification.builder()
                        .setTitle(message.title())
                        .setBody(message.body())
                        .build())
                .putAllData(message.data())
                .setAndroidConfig(AndroidConfig.builder()
                        .setPriority(AndroidConfig.Priority.HIGH)
                        .setTtl(Duration.ofHours(12).toMillis())
                        .build())
                .setApnsConfig(ApnsConfig.builder()
                        .setAps(Aps.builder().setSound("default").build())
                        .build())
                .build();
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String name() {
        return "firebase";
    }
}
