package com.intervo.dispatch;

import com.intervo.kernel.errors.DomainException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The caller acted on a version of the ticket that is no longer current. Carries the ticket as it is now, so the
 * app can show it and let the technician decide again (the API answers 409 with it in the body).
 */
public class StaleTicketException extends DomainException {

    private final transient TicketDetails current;
    private final long expectedVersion;

    public StaleTicketException(long expectedVersion, TicketDetails current) {
        super(
                "Ticket " + current.number() + " is at version " + current.version() + ", not " + expectedVersion,
                Kind.CONFLICT,
                "dispatch.error.stale",
                null,
                current.number(),
                expectedVersion,
                current.version());
        this.expectedVersion = expectedVersion;
        this.current = current;
    }

    public TicketDetails current() {
        return current;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    /**
     * The ticket as it is now under {@code ticket}, so the app can show it and decide again (its summary when the
     * call asked for minimal answers).
     */
    @Override
    public Map<String, Object> problemProperties(
            Locale locale, BiFunction<String, Object[], String> translator, String detail) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentVersion", current.version());
        properties.put("ticket", current.summaryOnly() ? current.summary() : current);
        return properties;
    }
}
