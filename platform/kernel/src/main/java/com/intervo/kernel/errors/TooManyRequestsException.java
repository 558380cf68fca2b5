package com.intervo.kernel.errors;

import java.time.Duration;

/** A caller used up a rate limit: 429 with {@code Retry-After} and the translated reason. */
public class TooManyRequestsException extends DomainException {

    private final Duration retryAfter;

    public TooManyRequestsException(String messageKey, Duration retryAfter) {
        super(messageKey, Kind.BUSY, messageKey, null);
        this.retryAfter = retryAfter;
        retryAfter((int) Math.min(Integer.MAX_VALUE, Math.max(1, retryAfter.toSeconds())));
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public String problemType() {
        return "too-many-requests";
    }

    @Override
    public String titleKey() {
        return "kernel.api.too-many";
    }
}
