package com.intervo.kernel.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The e-mail outbox worker.
 *
 * @param pollInterval  how often the worker sends the messages due in the workspaces it knows have some
 * @param sweepInterval how often it looks into every active workspace (after a restart, a lost signal)
 * @param maxAttempts  attempts before a message is given up as FAILED
 * @param backoff      wait after the first failed attempt; doubles with every further failure
 * @param maxBackoff   the longest wait between two attempts
 * @param batchSize    messages sent per tenant and poll at most
 */
@ConfigurationProperties("intervo.mail.outbox")
public record OutboxSettings(
        Duration pollInterval,
        Duration sweepInterval,
        Integer maxAttempts,
        Duration backoff,
        Duration maxBackoff,
        Integer batchSize) {

    public OutboxSettings {
        pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
        sweepInterval = sweepInterval == null ? Duration.ofMinutes(5) : sweepInterval;
        maxAttempts = maxAttempts == null ? 12 : maxAttempts;
        backoff = backoff == null ? Duration.ofSeconds(30) : backoff;
        maxBackoff = maxBackoff == null ? Duration.ofHours(2) : maxBackoff;
        batchSize = batchSize == null ? 50 : batchSize;
    }

    /** The wait after the given number of failed attempts: backoff × 2^(attempts-1), at most maxBackoff. */
    public Duration delayAfter(int attempts) {
        int shift = Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = backoff.multipliedBy(1L << shift);
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
