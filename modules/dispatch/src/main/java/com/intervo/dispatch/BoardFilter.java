package com.intervo.dispatch;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the board shows: stages (empty: the open ones), a zone, a priority, a day (desired or scheduled on it), a
 * technician, or only finished work awaiting approval. Every part is optional.
 */
public record BoardFilter(
        Set<TicketStage> stages,
        UUID zoneId,
        TicketPriority priority,
        LocalDate day,
        UUID technicianId,
        boolean awaitingApproval) {

    public BoardFilter {
        stages = stages == null ? Set.of() : Set.copyOf(stages);
    }

    public static BoardFilter open() {
        return new BoardFilter(Set.of(), null, null, null, null, false);
    }
}
