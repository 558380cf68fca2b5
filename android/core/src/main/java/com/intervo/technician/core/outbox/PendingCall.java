package com.intervo.technician.core.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One change the technician made, kept on the phone until the server has it. The idempotency key makes a resend
 * (the answer was lost) safe; the body is frozen with the ticket version at the first send, so a resend is the same
 * request byte for byte.
 */
public final class PendingCall {

    public enum State {
        /** Waiting to be sent (or being resent). */
        PENDING,
        /** The ticket changed meanwhile so that the call no longer applies (reassigned, cancelled): the technician decides. */
        CONFLICT,
        /** The server refused the call (e.g. mandatory checklist points missing): the technician corrects it. */
        REFUSED
    }

    public long seq;
    public String key;
    public UUID ticketId;
    public String ticketNumber;
    public CallKind kind;
    public String method;
    public String path;
    /** JSON body, or the form fields of a multipart call (as a JSON object). */
    public String json;
    /** The photo or signature on the phone, for multipart calls. */
    public String filePath;

    public String mediaType;
    /** What the phone shows of a call before the server has it (a part's name and code), never sent. */
    public String display;
    /** The version has been written into the body: resend exactly as is. */
    public boolean frozen;

    public State state = State.PENDING;
    /** The server's words when the call is in conflict or refused. */
    public String problem;

    public int attempts;
    public Instant createdAt;

    public PendingCall() {}

    public PendingCall(CallKind kind, UUID ticketId, String ticketNumber, String method, String path, String json) {
        this.key = UUID.randomUUID().toString();
        this.kind = kind;
        this.ticketId = ticketId;
        this.ticketNumber = ticketNumber;
        this.method = method;
        this.path = path;
        this.json = json;
        this.createdAt = Instant.now();
    }

    public boolean multipart() {
        return filePath != null;
    }

    public boolean waiting() {
        return state == State.PENDING;
    }
}
