package com.intervo.kernel.mail;

/** Where a queued e-mail stands: waiting (also between retries), sent, or given up after the last attempt. */
public enum OutboxStatus {
    QUEUED,
    SENT,
    FAILED;

    public String nameKey() {
        return "kernel.outbox.status." + name().toLowerCase();
    }
}
