package com.intervo.dispatch;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A technician's day: the visits scheduled (time and planned length; one without a length counts an hour), the
 * tickets wanted that day without a time, and the free slots of the working day between the visits.
 */
public record DayPlan(UUID technicianId, String technicianName, LocalDate day, LocalTime workStart, LocalTime workEnd,
                      List<Visit> visits, List<TicketSummary> unscheduled, List<Slot> free) {

    /** A scheduled visit. */
    public record Visit(LocalTime from, LocalTime to, TicketSummary ticket) {
    }

    /** A free stretch of the working day. */
    public record Slot(LocalTime from, LocalTime to) {

        public long minutes() {
            return java.time.Duration.between(from, to).toMinutes();
        }
    }

    /** Free slots between the visits within the working day, at least {@code minMinutes} long. */
    public static List<Slot> freeSlots(LocalTime start, LocalTime end, List<Visit> visits, int minMinutes) {
        List<Slot> free = new java.util.ArrayList<>();
        LocalTime cursor = start;
        for (Visit v : visits.stream().sorted(java.util.Comparator.comparing(Visit::from)).toList()) {
            if (v.from().isAfter(cursor)) {
                LocalTime to = v.from().isBefore(end) ? v.from() : end;
                if (java.time.Duration.between(cursor, to).toMinutes() >= minMinutes) {
                    free.add(new Slot(cursor, to));
                }
            }
            if (v.to().isAfter(cursor)) {
                cursor = v.to();
            }
            if (!cursor.isBefore(end)) {
                return free;
            }
        }
        if (java.time.Duration.between(cursor, end).toMinutes() >= minMinutes) {
            free.add(new Slot(cursor, end));
        }
        return free;
    }
}
