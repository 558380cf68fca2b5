package com.intervo.technician.core.sync;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.intervo.technician.core.api.ApiException;
import com.intervo.technician.core.api.IntervoApi;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Location fixes of a technician on duty, sent in batches. A batch keeps its idempotency key until the server has it,
 * so a resend after a lost answer stores nothing twice; without network the fixes wait (the oldest are dropped past
 * {@link #MAX_KEPT}: where a technician was an hour ago matters less than the work they did).
 */
public final class LocationBuffer {

    static final int MAX_KEPT = 2_000;

    /** One fix. */
    public static final class Fix {
        public final Instant recordedAt;
        public final double latitude;
        public final double longitude;
        public final Double accuracyM;

        public Fix(Instant recordedAt, double latitude, double longitude, Double accuracyM) {
            this.recordedAt = recordedAt;
            this.latitude = latitude;
            this.longitude = longitude;
            this.accuracyM = accuracyM;
        }
    }

    private final List<Fix> fixes = new ArrayList<>();
    private String batchKey;
    private int batchSize;

    public synchronized void add(Fix fix) {
        fixes.add(fix);
        while (fixes.size() > MAX_KEPT) {
            fixes.remove(0);
            batchKey = null;
        }
    }

    public synchronized int size() {
        return fixes.size();
    }

    /** Sends batches of at most {@code batchSize} until none is left; answers how many the server stored. */
    public int flush(IntervoApi api, int maxBatch) throws IOException, ApiException {
        int stored = 0;
        while (true) {
            JsonObject body;
            String key;
            synchronized (this) {
                if (fixes.isEmpty()) {
                    return stored;
                }
                if (batchKey == null) {
                    batchKey = UUID.randomUUID().toString();
                    batchSize = Math.min(maxBatch, fixes.size());
                }
                body = body(fixes.subList(0, batchSize));
                key = batchKey;
            }
            stored += api.sendLocations(body, key);
            synchronized (this) {
                fixes.subList(0, batchSize).clear();
                batchKey = null;
            }
        }
    }

    private static JsonObject body(List<Fix> batch) {
        JsonArray pings = new JsonArray();
        for (Fix f : batch) {
            JsonObject ping = new JsonObject();
            ping.addProperty("recordedAt", f.recordedAt.toString());
            ping.addProperty("latitude", BigDecimal.valueOf(f.latitude).setScale(6, RoundingMode.HALF_UP));
            ping.addProperty("longitude", BigDecimal.valueOf(f.longitude).setScale(6, RoundingMode.HALF_UP));
            if (f.accuracyM != null) {
                ping.addProperty("accuracyM", BigDecimal.valueOf(f.accuracyM).setScale(1, RoundingMode.HALF_UP));
            }
            pings.add(ping);
        }
        JsonObject body = new JsonObject();
        body.add("pings", pings);
        return body;
    }
}
