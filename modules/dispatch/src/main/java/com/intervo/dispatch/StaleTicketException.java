package com.intervo.dispatch;

/**
 * The caller acted on a version of the ticket that is no longer current. Carries the ticket as it is now, so the
 * app can show it and let the technician decide again (the API answers 409 with it in the body).
 */
public class StaleTicketException extends RuntimeException {

    private final transient TicketDetails current;
    private final long expectedVersion;

    public StaleTicketException(long expectedVersion, TicketDetails current) {
        super("Ticket " + current.number() + " is at version " + current.version() + ", not " + expectedVersion);
        this.expectedVersion = expectedVersion;
        this.current = current;
    }

    public TicketDetails current() {
        return current;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
