package com.intervo.technician.core.sync;

import com.intervo.technician.core.api.TicketDetails;
import com.intervo.technician.core.api.TicketSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** "My tickets" as the technician reads them: today, upcoming, postponed; urgent and earliest first. */
public final class TicketLists {

    public enum Section {
        TODAY,
        UPCOMING,
        POSTPONED,
        DONE
    }

    public final List<TicketDetails> today = new ArrayList<>();
    public final List<TicketDetails> upcoming = new ArrayList<>();
    public final List<TicketDetails> postponed = new ArrayList<>();
    public final List<TicketDetails> done = new ArrayList<>();

    public static TicketLists of(List<TicketDetails> tickets, LocalDate today, ZoneId zone) {
        TicketLists lists = new TicketLists();
        for (TicketDetails t : tickets) {
            switch (section(t.summary, today, zone)) {
                case TODAY:
                    lists.today.add(t);
                    break;
                case UPCOMING:
                    lists.upcoming.add(t);
                    break;
                case POSTPONED:
                    lists.postponed.add(t);
                    break;
                default:
                    lists.done.add(t);
            }
        }
        Comparator<TicketDetails> order = Comparator.comparingInt((TicketDetails t) -> rank(t.summary.priority))
                .thenComparing(t -> planned(t.summary, zone), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(t -> t.summary.number == null ? "" : t.summary.number);
        lists.today.sort(order);
        lists.upcoming.sort(order);
        lists.postponed.sort(order);
        lists.done.sort(Comparator.comparing(
                (TicketDetails t) -> t.finishedAt == null ? Instant.EPOCH : t.finishedAt, Comparator.reverseOrder()));
        return lists;
    }

    public static Section section(TicketSummary t, LocalDate today, ZoneId zone) {
        if ("POSTPONED".equals(t.stage)) {
            return Section.POSTPONED;
        }
        if (!TicketRules.open(t.stage)) {
            return Section.DONE;
        }
        if ("EN_ROUTE".equals(t.stage) || "ON_SITE".equals(t.stage)) {
            return Section.TODAY;
        }
        LocalDate day = planned(t, zone);
        return day == null || !day.isAfter(today) ? Section.TODAY : Section.UPCOMING;
    }

    /** The day the visit is planned for: the scheduled time's day, else the day the customer wants. */
    public static LocalDate planned(TicketSummary t, ZoneId zone) {
        if (t.scheduledAt != null) {
            return t.scheduledAt.atZone(zone).toLocalDate();
        }
        return t.desiredDate;
    }

    static int rank(String priority) {
        if ("URGENT".equals(priority)) {
            return 0;
        }
        if ("HIGH".equals(priority)) {
            return 1;
        }
        if ("LOW".equals(priority)) {
            return 3;
        }
        return 2;
    }
}
