package com.intervo.technician.core.sync;

import com.intervo.technician.core.api.Json;
import com.intervo.technician.core.api.TicketDetails;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tickets in memory, stored as JSON copies like the phone's database does. */
public final class MemoryTicketStore implements TicketStore {

    private final Map<UUID, String> tickets = new LinkedHashMap<>();
    private long cursor;

    @Override
    public synchronized List<TicketDetails> all() {
        List<TicketDetails> all = new ArrayList<>();
        for (String json : tickets.values()) {
            all.add(Json.GSON.fromJson(json, TicketDetails.class));
        }
        return all;
    }

    @Override
    public synchronized TicketDetails get(UUID id) {
        String json = tickets.get(id);
        return json == null ? null : Json.GSON.fromJson(json, TicketDetails.class);
    }

    @Override
    public synchronized void put(TicketDetails ticket) {
        tickets.put(ticket.id(), Json.GSON.toJson(ticket));
    }

    @Override
    public synchronized void remove(UUID id) {
        tickets.remove(id);
    }

    @Override
    public synchronized long cursor() {
        return cursor;
    }

    @Override
    public synchronized void cursor(long cursor) {
        this.cursor = cursor;
    }

    @Override
    public synchronized void clear() {
        tickets.clear();
        cursor = 0;
    }
}
