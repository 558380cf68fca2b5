package com.intervo.kernel.api;

/**
 * A business rule said no. Carries a translation key (and its parameters) so the UI shows a translated
 * notification and the REST API a translated problem detail, from one place.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        NOT_FOUND(404), CONFLICT(409), INVALID(422), FORBIDDEN(403),
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
        super(messageKey + (field == null ? "" : " (" + field + ")"));
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
}
