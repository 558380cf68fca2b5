package com.intervo.technician.core.sync;

import com.intervo.technician.core.api.TicketDetails;
import java.util.List;
import java.util.UUID;

/** The tickets on the phone as the server last sent them, and the sync cursor. SQLite on the phone. */
public interface TicketStore {

    List<TicketDetails> all();

    TicketDetails get(UUID id);

    void put(TicketDetails ticket);

    void remove(UUID id);

    long cursor();

    void cursor(long cursor);

    /** Forgets everything (sign-out). */
    void clear();
}
