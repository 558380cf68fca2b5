package com.intervo.kernel.errors;

import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A business rule said no. Carries a translation key (and its parameters) so the UI shows a translated
 * notification and the REST API a translated problem detail, from one place. Every domain exception of the product
 * is one of these; a subclass changes only what its problem detail says.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        NOT_FOUND(404),
        CONFLICT(409),
        INVALID(422),
        FORBIDDEN(403),
        /** The server is busy with work of this kind: try again after {@link #retryAfterSeconds()}. */
        BUSY(429);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String messageKey;
    private final String field;
    private final transient Object[] params;
    private int retryAfterSeconds;

    public DomainException(Kind kind, String messageKey, String field, Object... params) {
        this(messageKey + (field == null ? "" : " (" + field + ")"), kind, messageKey, field, params);
    }

    /** For subclasses that describe themselves in the log in their own words. */
    protected DomainException(String message, Kind kind, String messageKey, String field, Object... params) {
        super(message);
        this.kind = kind;
        this.messageKey = messageKey;
        this.field = field;
        this.params = params;
    }

    /** Too much of this work at once right now; answered 429 with a {@code Retry-After} of that many seconds. */
    public static DomainException busy(String messageKey, int retryAfterSeconds, Object... params) {
        DomainException e = new DomainException(Kind.BUSY, messageKey, null, params);
        e.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        return e;
    }

    /** For subclasses of {@link Kind#BUSY}. */
    protected final void retryAfter(int seconds) {
        this.retryAfterSeconds = Math.max(1, seconds);
    }

    /** For {@link Kind#BUSY}: when to try again, in seconds (0 otherwise). */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static DomainException notFound(String messageKey) {
        return new DomainException(Kind.NOT_FOUND, messageKey, null);
    }

    public static DomainException conflict(String messageKey, String field, Object... params) {
        return new DomainException(Kind.CONFLICT, messageKey, field, params);
    }

    public static DomainException invalid(String messageKey, String field, Object... params) {
        return new DomainException(Kind.INVALID, messageKey, field, params);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The input field at fault, if one is. */
    public String field() {
        return field;
    }

    public Object[] params() {
        return params.clone();
    }

    /** The last part of the problem type URI. */
    public String problemType() {
        return messageKey;
    }

    /** The translation key of the problem's title. */
    public String titleKey() {
        return "kernel.problem." + kind.name().toLowerCase();
    }

    /** The problem's detail, given a translator (key, params) → text in the reader's language. */
    public String detail(Locale locale, BiFunction<String, Object[], String> translator) {
        return translator.apply(messageKey, params());
    }

    /** Extra members of the problem detail: by default the field at fault with the detail. */
    public Map<String, Object> problemProperties(
            Locale locale, BiFunction<String, Object[], String> translator, String detail) {
        return field == null ? Map.of() : Map.of("fields", Map.of(field, detail));
    }
}
