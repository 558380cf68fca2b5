package com.intervo.workshop;

import static com.intervo.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.domain.WorkEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The manager's numbers add up: sheets in service, per technician, per period; only managers and admins. */
@TenantIntegrationTest
class WorkshopReportsIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    SheetIntake sheetIntake;

    @Autowired
    BenchWork bench;

    @Autowired
    SheetHandOver handOver;

    @Autowired
    WorkshopReports reports;

    @AfterEach
    void signOut() {
        fixtures.signOut();
        TenantContext.clear();
    }

    @Test
    void theNumbersAddUp() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        SheetDetails first =
                as(tenant, "dispatcher", () -> sheetIntake.intake(WorkshopSheetsIT.walkIn("SN-REP-1", "a")));
        SheetDetails second = as(
                tenant,
                "dispatcher",
                () -> sheetIntake.intake(new Intake(
                        null,
                        first.customerId(),
                        null,
                        null,
                        new Equipment.Draft(
                                null, null, null, null, "SN-REP-2", null, null, null, null, null, null, Map.of()),
                        "b",
                        null,
                        null,
                        null,
                        null,
                        Map.of(),
                        null,
                        false)));
        as(tenant, "technician", () -> {
            bench.take(first.id());
            bench.take(second.id());
            bench.addEntry(first.id(), new EntryDraft(WorkEntry.Kind.WORK, "fix 1", 30, new BigDecimal("100")));
            bench.addEntry(second.id(), new EntryDraft(WorkEntry.Kind.WORK, "fix 2", 45, new BigDecimal("200.5")));
            bench.addEntry(second.id(), new EntryDraft(WorkEntry.Kind.NOTE, "a note", null, null));
            return bench.changeStatus(first.id(), "ready", null);
        });
        as(tenant, "dispatcher", () -> handOver.handOver(first.id(), null));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Bucharest"));

        assertThat(as(tenant, "manager", () -> reports.openByStatus(Locale.ENGLISH)))
                .filteredOn(s -> s.count() > 0)
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.statusKey()).isEqualTo("in_work");
                    assertThat(s.label()).isEqualTo("In work");
                    assertThat(s.count()).isEqualTo(1);
                });
        assertThat(as(tenant, "manager", () -> reports.openByAge()).getFirst().count())
                .isEqualTo(1);

        List<WorkshopReports.TechnicianRow> technicians =
                as(tenant, "manager", () -> reports.perTechnician(today.minusDays(1), today.plusDays(1)));
        assertThat(technicians).singleElement().satisfies(t -> {
            assertThat(t.technician()).isEqualTo("Fixture technician");
            assertThat(t.sheets()).isEqualTo(2);
            assertThat(t.entries()).isEqualTo(2);
            assertThat(t.minutes()).isEqualTo(75);
            assertThat(t.workValue()).isEqualByComparingTo("300.50");
            assertThat(t.handedOver()).isEqualTo(1);
        });

        List<WorkshopReports.PeriodRow> days = as(
                tenant,
                "admin",
                () -> reports.perPeriod(today.minusDays(6), today.plusDays(1), WorkshopReports.Period.DAY));
        assertThat(days).hasSize(8);
        assertThat(days.stream().mapToLong(WorkshopReports.PeriodRow::received).sum())
                .isEqualTo(2);
        assertThat(days.stream()
                        .mapToLong(WorkshopReports.PeriodRow::handedOver)
                        .sum())
                .isEqualTo(1);
        assertThat(days.stream().mapToLong(WorkshopReports.PeriodRow::minutes).sum())
                .isEqualTo(75);
        assertThat(days.stream().map(WorkshopReports.PeriodRow::revenue).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
        assertThat(as(
                        tenant,
                        "admin",
                        () -> reports.perPeriod(today.minusMonths(2), today, WorkshopReports.Period.MONTH)))
                .hasSizeBetween(3, 4);

        assertThatThrownBy(() -> as(tenant, "technician", () -> reports.openByAge()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(tenant, "dispatcher", () -> reports.perTechnician(today, today)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void csvEscapesQuotesSeparatorsAndFormulas() {
        String csv = WorkshopReports.csv(
                List.of("name", "value"),
                List.of(List.of("Popescu, Ion", new BigDecimal("12.50")), List.of("=HYPERLINK(\"x\")", 3)));
        assertThat(csv)
                .startsWith("\uFEFFname,value\r\n")
                .contains("\"Popescu, Ion\",12.50\r\n")
                .contains("\"'=HYPERLINK(\"\"x\"\")\",3\r\n");
    }
}
