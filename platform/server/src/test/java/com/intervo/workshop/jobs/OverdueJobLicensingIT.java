package com.intervo.workshop.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.crm.CustomerDraft;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.notifications.Notifier;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.Intake;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.SheetIntake;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The scheduled overdue check, run as the scheduler runs it: alerts only in workspaces licensed for the workshop. */
@TenantIntegrationTest
class OverdueJobLicensingIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    Licenses licenses;

    @Autowired
    SheetIntake sheets;

    @Autowired
    Notifier notifier;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OverdueJob job;

    /** A repair promised for three days ago and not yet alerted. */
    private SheetDetails overdueRepair(TenantId tenant) {
        fixtures.signIn(tenant, "dispatcher");
        try {
            SheetDetails sheet = TenantContext.callAs(
                    tenant,
                    () -> sheets.intake(new Intake(
                            null,
                            null,
                            new CustomerDraft(
                                    Customer.Kind.PERSON,
                                    "Ana Lungu",
                                    null,
                                    "ana@example.ro",
                                    "0722 000 111",
                                    "ro",
                                    null,
                                    Map.of(),
                                    List.of(),
                                    List.of()),
                            null,
                            new Equipment.Draft(
                                    null,
                                    null,
                                    null,
                                    null,
                                    "SN-OVERDUE",
                                    "Samsung Galaxy S21",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    Map.of()),
                            "Does not charge",
                            null,
                            null,
                            new BigDecimal("250.00"),
                            LocalDate.now().plusDays(5),
                            Map.of(),
                            null,
                            false)));
            jdbc.update(
                    "update " + tenant.schema() + ".service_sheet set promised_date = current_date - 3 where id = ?",
                    sheet.id());
            return sheet;
        } finally {
            fixtures.signOut();
        }
    }

    private boolean alerted(TenantId tenant, UUID sheetId) {
        return jdbc.queryForObject(
                "select overdue_alerted_at is not null from " + tenant.schema() + ".service_sheet where id = ?",
                Boolean.class,
                sheetId);
    }

    private List<String> managersAlerts(TenantId tenant) {
        return TenantContext.callAs(tenant, () -> {
            UUID manager = users.findByUsername("manager").orElseThrow().getId();
            return notifier.of(manager, 10).stream()
                    .map(n -> String.join(" ", n.params()))
                    .toList();
        });
    }

    @Test
    void theJobAlertsOverdueRepairsOnlyInWorkspacesLicensedForTheWorkshop() {
        TenantId licensed = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        TenantId unlicensed = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        SheetDetails inLicensed = overdueRepair(licensed);
        SheetDetails inUnlicensed = overdueRepair(unlicensed);
        licenses.revoke(unlicensed, ModuleKey.WORKSHOP_SIMPLE);

        job.run();

        assertThat(alerted(licensed, inLicensed.id())).isTrue();
        assertThat(managersAlerts(licensed)).singleElement().asString().contains(inLicensed.number());
        assertThat(alerted(unlicensed, inUnlicensed.id())).isFalse();
        assertThat(managersAlerts(unlicensed)).isEmpty();
    }
}
