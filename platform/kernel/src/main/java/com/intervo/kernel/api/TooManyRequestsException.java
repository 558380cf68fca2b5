package com.intervo.kernel.api;

import java.time.Duration;

/** A caller used up a rate limit: 429 with {@code Retry-After} and the translated reason. */
public class TooManyRequestsException extends RuntimeException {

    private final String messageKey;
    private final Duration retryAfter;

    public TooManyRequestsException(String messageKey, Duration retryAfter) {
        super(messageKey);
        this.messageKey = messageKey;
        this.retryAfter = retryAfter;
    }

    public String messageKey() {
        return messageKey;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
