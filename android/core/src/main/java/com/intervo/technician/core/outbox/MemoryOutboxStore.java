package com.intervo.technician.core.outbox;

import com.intervo.technician.core.api.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** An outbox in memory (copies in and out, as a database would): for tests and for the app's first seconds. */
public final class MemoryOutboxStore implements OutboxStore {

    private final TreeMap<Long, String> rows = new TreeMap<>();
    private long next = 1;

    @Override
    public synchronized PendingCall add(PendingCall call) {
        call.seq = next++;
        rows.put(call.seq, Json.GSON.toJson(call));
        return call;
    }

    @Override
    public synchronized List<PendingCall> all() {
        List<PendingCall> calls = new ArrayList<>();
        for (String row : rows.values()) {
            calls.add(Json.GSON.fromJson(row, PendingCall.class));
        }
        return calls;
    }

    @Override
    public synchronized void update(PendingCall call) {
        if (rows.containsKey(call.seq)) {
            rows.put(call.seq, Json.GSON.toJson(call));
        }
    }

    @Override
    public synchronized void remove(long seq) {
        rows.remove(seq);
    }
}
