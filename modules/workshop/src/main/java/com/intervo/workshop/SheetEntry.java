package com.intervo.workshop;

import com.intervo.workshop.domain.WorkEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a sheet's log as the services return it: a note, work done (minutes, cost), a question, an answer or
 * the final notes; author and time set by the server.
 *
 * @param version  for optimistic locking ({@link BenchWork#correctEntry})
 * @param editedAt when the author last corrected it (null if never)
 */
public record SheetEntry(
        UUID id,
        long version,
        UUID sheetId,
        WorkEntry.Kind kind,
        String text,
        Integer minutes,
        BigDecimal cost,
        String currency,
        UUID authorId,
        String authorName,
        Instant createdAt,
        String createdBy,
        Instant editedAt) {

    static SheetEntry of(WorkEntry e) {
        return new SheetEntry(
                e.getId(),
                e.getVersion() == null ? 0 : e.getVersion(),
                e.getSheetId(),
                e.getKind(),
                e.getText(),
                e.getMinutes(),
                e.getCost(),
                e.getCurrency(),
                e.getAuthorId(),
                e.getAuthorName(),
                e.getCreatedAt(),
                e.getCreatedBy(),
                e.getEditedAt());
    }
}
