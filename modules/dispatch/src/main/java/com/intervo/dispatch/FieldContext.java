package com.intervo.dispatch;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What comes with a technician's action: the ticket version the device last saw (a stale one is refused), the
 * device's clock, and its GPS fix. All optional except where an action says otherwise (arrival needs GPS; stage
 * changes need the version).
 */
public record FieldContext(
        Long version, Instant deviceAt, BigDecimal latitude, BigDecimal longitude, BigDecimal accuracyM) {

    public static FieldContext none() {
        return new FieldContext(null, null, null, null, null);
    }

    public static FieldContext version(long version) {
        return new FieldContext(version, null, null, null, null);
    }

    public static FieldContext at(long version, double latitude, double longitude) {
        return new FieldContext(version, null, BigDecimal.valueOf(latitude), BigDecimal.valueOf(longitude), null);
    }

    public boolean hasFix() {
        return latitude != null && longitude != null;
    }
}
