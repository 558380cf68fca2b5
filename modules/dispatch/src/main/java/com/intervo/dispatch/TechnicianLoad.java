package com.intervo.dispatch;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A technician as the dispatcher sees them: zones, how busy they are today, where they were last seen.
 *
 * @param coversZone  covers the zone the suggestion was made for
 * @param today       open tickets for today (desired or scheduled today, or overdue)
 * @param open        all open tickets assigned
 * @param plannedMinutesToday planned work for today, in minutes
 * @param freeToday   free slots of today's working day between the scheduled visits
 */
public record TechnicianLoad(
        UUID id,
        String displayName,
        List<UUID> zoneIds,
        List<String> zoneNames,
        boolean coversZone,
        int today,
        int open,
        int plannedMinutesToday,
        Instant lastFixAt,
        BigDecimal latitude,
        BigDecimal longitude,
        List<DayPlan.Slot> freeToday) {}
