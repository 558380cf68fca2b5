package com.intervo.tenantadmin.billing.rest;

import com.intervo.tenantadmin.billing.StripeWebhooks;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe's events arrive here. A bad or missing signature is 400; an event we already applied is 200 again
 * (Stripe stops retrying); a failure while applying is 500, so Stripe retries later.
 */
@RestController
class StripeWebhookController {

    private final StripeWebhooks webhooks;

    StripeWebhookController(StripeWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping(path = "/webhooks/stripe")
    ResponseEntity<?> receive(
            @RequestBody(required = false) String payload,
            @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        StripeWebhooks.Outcome outcome = webhooks.receive(payload == null ? "" : payload, signature);
        return switch (outcome) {
            case REJECTED ->
                problem(
                        HttpStatus.BAD_REQUEST,
                        "webhook-signature",
                        "The Stripe-Signature header is missing or does not match the payload.");
            case NOT_CONFIGURED ->
                problem(
                        HttpStatus.NOT_FOUND,
                        "webhook-not-configured",
                        "Stripe billing is not configured on this server.");
            default -> ResponseEntity.ok(Map.of("received", true, "outcome", outcome.name()));
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://intervo.app/problems/" + type));
        return ResponseEntity.status(status).body(problem);
    }
}
