package com.intervo.workshop;

import com.intervo.workshop.domain.StatusChange;
import java.time.Instant;

/** One change of a sheet's status, as its history shows it ({@code fromKey} null for the first status). */
public record StatusStep(String fromKey, String toKey, String note, Instant changedAt, String changedBy) {

    static StatusStep of(StatusChange c) {
        return new StatusStep(c.getFromKey(), c.getToKey(), c.getNote(), c.getChangedAt(), c.getChangedBy());
    }
}
