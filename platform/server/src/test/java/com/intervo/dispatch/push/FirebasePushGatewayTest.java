package com.intervo.dispatch.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.dispatch.PushGateway;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Firebase gateway for real: the Admin SDK builds and sends FCM HTTP v1 requests over a transport that captures
 * them and answers as FCM does (success, unregistered token, quota exceeded).
 */
class FirebasePushGatewayTest {

    final CapturedFcm fcm = new CapturedFcm();
    final PushGateway.PushMessage message = new PushGateway.PushMessage(
            "Tichet nou T-2026-00042", "Ion Popescu: Nu pornește", Map.of("ticketId", "7d1c", "type", "ASSIGNED"));

    @AfterEach
    void deleteApp() {
        fcm.delete();
    }

    @Test
    void sendsOneFcmV1RequestPerToken() {
        PushGateway.Outcome outcome = fcm.gateway(3).send(List.of("token-a", "token-b"), message);
        assertThat(outcome.delivered()).isEqualTo(2);
        assertThat(outcome.invalidTokens()).isEmpty();
        assertThat(fcm.requests()).hasSize(2);
        CapturedFcm.Request request = fcm.requestsFor("token-a").getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.url()).isEqualTo("https://fcm.googleapis.com/v1/projects/intervo-test/messages:send");
        assertThat(request.authorization()).isEqualTo("Bearer test-access-token");
        JsonNode json = JsonMapper.builder().build().readTree(request.body());
        assertThat(json.get("validate_only") == null
                        || !json.get("validate_only").asBoolean())
                .isTrue();
        JsonNode m = json.get("message");
        assertThat(m.get("token").asString()).isEqualTo("token-a");
        assertThat(m.get("notification").get("title").asString()).isEqualTo("Tichet nou T-2026-00042");
        assertThat(m.get("notification").get("body").asString()).isEqualTo("Ion Popescu: Nu pornește");
        assertThat(m.get("data").get("ticketId").asString()).isEqualTo("7d1c");
        assertThat(m.get("data").get("type").asString()).isEqualTo("ASSIGNED");
        assertThat(m.get("android").get("priority").asString()).isEqualTo("high");
        assertThat(m.get("android").get("ttl").asString()).isEqualTo("43200s");
        assertThat(m.get("apns").get("payload").get("aps").get("sound").asString())
                .isEqualTo("default");
    }

    @Test
    void unregisteredAndInvalidTokensAreReportedForPruning() {
        fcm.answerFor("gone", 404, CapturedFcm.unregistered());
        fcm.answerFor("garbage", 400, CapturedFcm.error(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT"));
        PushGateway.Outcome outcome = fcm.gateway(3).send(List.of("gone", "garbage", "fine"), message);
        assertThat(outcome.invalidTokens()).containsExactlyInAnyOrder("gone", "garbage");
        assertThat(outcome.delivered()).isEqualTo(1);
        assertThat(outcome.failedTokens()).isEmpty();
        // invalid tokens are not retried
        assertThat(fcm.requests()).hasSize(3);
    }

    @Test
    void transientFailuresAreRetriedThenReported() {
        fcm.answerFor("busy", 429, CapturedFcm.error(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED"));
        PushGateway.Outcome retried = fcm.gateway(3).send(List.of("busy"), message);
        assertThat(retried.delivered()).isEqualTo(1);
        assertThat(fcm.requestsFor("busy")).hasSize(2);

        fcm.clear();
        for (int i = 0; i < 3; i++) {
            fcm.answerFor("still-busy", 429, CapturedFcm.error(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED"));
        }
        PushGateway.Outcome failed = fcm.gateway(3).send(List.of("still-busy"), message);
        assertThat(failed.delivered()).isZero();
        assertThat(failed.failedTokens()).containsExactly("still-busy");
        assertThat(failed.invalidTokens()).isEmpty();
        assertThat(fcm.requestsFor("still-busy")).hasSize(3);
    }
}
