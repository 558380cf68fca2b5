package com.intervo.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A technician's day: the visits as local times and the free slots of the working day between them. */
class DayPlanTest {

    static final LocalTime EIGHT = LocalTime.of(8, 0);
    static final LocalTime FIVE_PM = LocalTime.of(17, 0);
    static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    static DayPlan.Visit visit(String from, String to) {
        return new DayPlan.Visit(LocalTime.parse(from), LocalTime.parse(to), null);
    }

    static DayPlan.Slot slot(String from, String to) {
        return new DayPlan.Slot(LocalTime.parse(from), LocalTime.parse(to));
    }

    @Test
    void aDayWithoutVisitsIsOneFreeSlot() {
        assertThat(DayPlan.freeSlots(EIGHT, FIVE_PM, List.of(), 30)).containsExactly(slot("08:00", "17:00"));
        assertThat(slot("08:00", "17:00").minutes()).isEqualTo(540);
    }

    @Test
    void theSlotsLieBetweenTheVisitsInTimeOrder() {
        List<DayPlan.Visit> visits = List.of(visit("13:00", "14:30"), visit("09:00", "10:00"));
        assertThat(DayPlan.freeSlots(EIGHT, FIVE_PM, visits, 30))
                .containsExactly(slot("08:00", "09:00"), slot("10:00", "13:00"), slot("14:30", "17:00"));
    }

    @Test
    void gapsShorterThanTheMinimumAreNoSlots() {
        List<DayPlan.Visit> visits = List.of(visit("08:20", "10:00"), visit("10:29", "16:40"));
        assertThat(DayPlan.freeSlots(EIGHT, FIVE_PM, visits, 30)).isEmpty();
        assertThat(DayPlan.freeSlots(EIGHT, FIVE_PM, visits, 20))
                .containsExactly(slot("08:00", "08:20"), slot("10:00", "10:29"), slot("16:40", "17:00"));
    }

    @Test
    void overlappingVisitsAndVisitsOutsideTheWorkingDay() {
        List<DayPlan.Visit> visits = List.of(
                visit("07:00", "09:00"),
                visit("08:30", "11:00"),
                visit("09:30", "10:00"),
                visit("16:00", "19:00"),
                visit("18:00", "18:30"));
        assertThat(DayPlan.freeSlots(EIGHT, FIVE_PM, visits, 30)).containsExactly(slot("11:00", "16:00"));
        // a visit that starts after the working day ends cuts the last slot at the day's end
        assertThat(DayPlan.freeSlots(EIGHT, FIVE_PM, List.of(visit("18:00", "19:00")), 30))
                .containsExactly(slot("08:00", "17:00"));
    }

    @Test
    void aVisitIsItsLocalTimeWithAnHourWhenNotPlanned() {
        Instant nineLocal = Instant.parse("2026-12-07T07:00:00Z");
        DayPlan.Visit planned = DayPlan.visit(nineLocal, 90, BUCHAREST, DAY, null);
        assertThat(planned.from()).isEqualTo(LocalTime.of(9, 0));
        assertThat(planned.to()).isEqualTo(LocalTime.of(10, 30));
        DayPlan.Visit unplanned = DayPlan.visit(nineLocal, null, BUCHAREST, DAY, null);
        assertThat(unplanned.to()).isEqualTo(LocalTime.of(10, 0));
    }

    @Test
    void aVisitRunningPastMidnightEndsWithTheDay() {
        Instant elevenPmLocal = Instant.parse("2026-12-07T21:00:00Z");
        DayPlan.Visit late = DayPlan.visit(elevenPmLocal, 120, BUCHAREST, DAY, null);
        assertThat(late.from()).isEqualTo(LocalTime.of(23, 0));
        assertThat(late.to()).isEqualTo(LocalTime.of(23, 59, 59));
        assertThat(DayPlan.visit(elevenPmLocal, 60, BUCHAREST, DAY, null).to()).isEqualTo(LocalTime.of(23, 59, 59));
        assertThat(DayPlan.visit(elevenPmLocal, 30, BUCHAREST, DAY, null).to()).isEqualTo(LocalTime.of(23, 30));
    }

    @Test
    void aWorkingDayThatEndsBeforeItStartsLastsEightHours() {
        assertThat(DayPlan.workEnd(EIGHT, FIVE_PM)).isEqualTo(FIVE_PM);
        assertThat(DayPlan.workEnd(EIGHT, LocalTime.of(7, 0))).isEqualTo(LocalTime.of(16, 0));
        assertThat(DayPlan.workEnd(EIGHT, EIGHT)).isEqualTo(LocalTime.of(16, 0));
    }
}
