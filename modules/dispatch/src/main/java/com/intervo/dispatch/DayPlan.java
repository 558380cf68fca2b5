package com.intervo.dispatch;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A technician's day: the visits scheduled (time and planned length; one without a length counts an hour), the
 * tickets wanted that day without a time, and the free slots of the working day between the visits.
 */
public record DayPlan(
        UUID technicianId,
        String technicianName,
        LocalDate day,
        LocalTime workStart,
        LocalTime workEnd,
        List<Visit> visits,
        List<TicketSummary> unscheduled,
        List<Slot> free) {

    /** A scheduled visit. */
    public record Visit(LocalTime from, LocalTime to, TicketSummary ticket) {}

    /** A free stretch of the working day. */
    public record Slot(LocalTime from, LocalTime to) {

        public long minutes() {
            return java.time.Duration.between(from, to).toMinutes();
        }
    }

    /**
     * The visit of a ticket scheduled at {@code scheduledAt} for {@code plannedMinutes} (an hour when not planned), as
     * local times of {@code day} in {@code zone}; a visit running past midnight ends with the day.
     */
    static Visit visit(
            java.time.Instant scheduledAt,
            Integer plannedMinutes,
            java.time.ZoneId zone,
            LocalDate day,
            TicketSummary ticket) {
        java.time.LocalDateTime from = java.time.LocalDateTime.ofInstant(scheduledAt, zone);
        java.time.LocalDateTime to = from.plusMinutes(plannedMinutes == null ? 60 : plannedMinutes);
        return new Visit(
                from.toLocalTime(),
                to.toLocalDate().isAfter(day) ? LocalTime.MAX.withNano(0) : to.toLocalTime(),
                ticket);
    }

    /** The end of the working day as configured; eight hours after its start when it is not after it. */
    static LocalTime workEnd(LocalTime start, LocalTime end) {
        return end.isAfter(start) ? end : start.plusHours(8);
    }

    /** Free slots between the visits within the working day, at least {@code minMinutes} long. */
    public static List<Slot> freeSlots(LocalTime start, LocalTime end, List<Visit> visits, int minMinutes) {
        List<Slot> free = new java.util.ArrayList<>();
        LocalTime cursor = start;
        for (Visit v : visits.stream()
                .sorted(java.util.Comparator.comparing(Visit::from))
                .toList()) {
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
