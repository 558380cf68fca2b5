package com.intervo.technician.core.outbox;

/** What a queued call does to a ticket; stage changes carry the ticket version the phone last saw. */
public enum CallKind {
    ACCEPT(true, "ACCEPTED"),
    DECLINE(true, "NEW"),
    POSTPONE(true, "POSTPONED"),
    BACK_TO_WORK(true, null),
    EN_ROUTE(true, "EN_ROUTE"),
    ARRIVED(true, "ON_SITE"),
    WORK_START(false, null),
    WORK_STOP(false, null),
    FINDING(false, null),
    PART(false, null),
    REMOVE_PART(false, null),
    ANSWER(false, null),
    PHOTO(false, null),
    SIGNATURE(false, null),
    FINISH(true, "DONE");

    /** The call needs the ticket's current version (the server refuses a stale one with 409). */
    public final boolean versioned;
    /** The stage the ticket is in once the call is applied (null: unchanged, or back to the stage before). */
    public final String stageAfter;

    CallKind(boolean versioned, String stageAfter) {
        this.versioned = versioned;
        this.stageAfter = stageAfter;
    }
}
