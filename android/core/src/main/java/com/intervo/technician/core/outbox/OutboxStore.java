package com.intervo.technician.core.outbox;

import java.util.List;

/** Where queued calls survive until sent: SQLite on the phone. Order is the order they were made in. */
public interface OutboxStore {

    /** Stores a new call and gives it the next sequence number. */
    PendingCall add(PendingCall call);

    /** Every call kept, oldest first. */
    List<PendingCall> all();

    /** Saves the call's state, key, body and attempts. */
    void update(PendingCall call);

    void remove(long seq);
}
