package com.intervo.workshop;

import static com.intervo.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.crm.CustomerDraft;
import com.intervo.crm.EquipmentTimeline;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.mail.Outbox;
import com.intervo.kernel.mail.OutboxMessageView;
import com.intervo.kernel.notifications.Notifier;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Pdfs;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.domain.WorkEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Service sheets through the service: intake to hand-over, bad input, roles and tenants. */
@TenantIntegrationTest
class WorkshopSheetsIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    RepairQueue sheets;

    @Autowired
    SheetIntake sheetIntake;

    @Autowired
    BenchWork bench;

    @Autowired
    SheetHandOver handOver;

    @Autowired
    UserDirectory users;

    @Autowired
    Notifier notifier;

    @Autowired
    Outbox outbox;

    @Autowired
    EquipmentTimeline timeline;

    @Autowired
    com.intervo.crm.EquipmentService equipment;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        fixtures.signOut();
        TenantContext.clear();
    }

    static Intake walkIn(String serial, String problem) {
        return new Intake(
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
                        null, null, null, null, serial, "Samsung Galaxy S21", null, null, null, null, null, Map.of()),
                problem,
                "charger",
                "scratched screen",
                new BigDecimal("250.00"),
                LocalDate.now().plusDays(5),
                Map.of(),
                null,
                false);
    }

    UUID userId(TenantId tenant, String name) {
        return TenantContext.callAs(
                tenant, () -> users.findByUsername(name).orElseThrow().getId());
    }

    @Test
    void fromIntakeToHandOverWithQuestionAnswerAndReadyMail() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        SheetDetails sheet =
                as(tenant, "dispatcher", () -> sheetIntake.intake(walkIn("IMEI-356938035643809", "Does not charge")));
        assertThat(sheet.number()).isEqualTo("FS-" + Year.now().getValue() + "-00001");
        assertThat(sheet.trackingCode()).hasSize(12).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}");
        assertThat(sheet.statusKey()).isEqualTo("received");
        assertThat(sheet.language()).isEqualTo("ro");
        // the customer's language decides the protocol's: Romanian
        assertThat(Pdfs.text(as(
                        tenant,
                        "dispatcher",
                        () -> sheetIntake.intakeProtocol(sheet.id()).pdf())))
                .contains(
                        "Proces-verbal de preluare",
                        sheet.number(),
                        "Client Ana Lungu",
                        "Serie / ID unic IMEI-356938035643809",
                        "Does not charge",
                        "Accesorii charger",
                        "Stare vizuală scratched screen",
                        "Cost estimat: 250,00");

        // the technician takes it, logs work and asks a question
        SheetDetails taken = as(tenant, "technician", () -> bench.take(sheet.id()));
        assertThat(taken.statusKey()).isEqualTo("in_work");
        assertThat(taken.technicianName()).isEqualTo("Fixture technician");
        SheetEntry work = as(
                tenant,
                "technician",
                () -> bench.addEntry(
                        sheet.id(),
                        new EntryDraft(WorkEntry.Kind.WORK, "Replaced the charging port", 45, new BigDecimal("180"))));
        assertThat(work.authorName()).isEqualTo("Fixture technician");
        assertThat(work.createdBy()).isEqualTo(tenant.key() + "/technician");
        as(tenant, "technician", () -> bench.changeStatus(sheet.id(), "question", "Replace the battery too (+90)?"));
        UUID dispatcher = userId(tenant, "dispatcher");
        assertThat(TenantContext.callAs(tenant, () -> notifier.of(dispatcher, 10)))
                .anySatisfy(n -> {
                    assertThat(n.kind()).isEqualTo("SHEET_QUESTION");
                    assertThat(n.params()).contains(sheet.number(), "Replace the battery too (+90)?");
                    assertThat(n.route()).isEqualTo("workshop/sheets/" + sheet.id());
                });

        // the receptionist answers: back to work, the technician hears of it
        SheetDetails answered = as(tenant, "dispatcher", () -> bench.answer(sheet.id(), "Yes, replace it", null));
        assertThat(answered.statusKey()).isEqualTo("in_work");
        assertThat(answered.questionOpen()).isFalse();
        UUID technician = userId(tenant, "technician");
        assertThat(TenantContext.callAs(tenant, () -> notifier.of(technician, 10)))
                .anySatisfy(n -> assertThat(n.kind()).isEqualTo("SHEET_ANSWERED"));

        // ready: the receptionist is alerted and the customer's e-mail waits in the outbox, in Romanian
        as(tenant, "technician", () -> bench.changeStatus(sheet.id(), "ready", null));
        assertThat(TenantContext.callAs(tenant, () -> notifier.of(dispatcher, 10)))
                .anySatisfy(n -> assertThat(n.kind()).isEqualTo("SHEET_READY"));
        List<OutboxMessageView> mails = as(tenant, "dispatcher", () -> sheets.mails(sheet.id()));
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo("ana@example.ro");
            assertThat(m.subject()).contains("este gata").contains(sheet.number());
            assertThat(m.purpose()).isEqualTo("SHEET_READY");
        });

        // hand-over: final notes, closed, the handover protocol, the equipment card's history
        SheetDetails closed = as(tenant, "dispatcher", () -> handOver.handOver(sheet.id(), "Tested with the customer"));
        assertThat(closed.closed()).isTrue();
        assertThat(closed.statusKey()).isEqualTo("handed_over");
        assertThat(Pdfs.text(as(
                        tenant,
                        "dispatcher",
                        () -> handOver.handoverProtocol(sheet.id()).pdf())))
                .contains(
                        "Proces-verbal de predare",
                        "Client Ana Lungu",
                        "IMEI-356938035643809",
                        "Replaced the charging port 1 180,00 180,00",
                        "Total de plată 180,00",
                        "Tested with the customer");
        assertThat(as(tenant, "dispatcher", () -> sheets.history(sheet.id())))
                .extracting(c -> c.toKey())
                .containsExactly("received", "in_work", "question", "in_work", "ready", "handed_over");
        assertThatThrownBy(() -> as(
                        tenant,
                        "technician",
                        () -> bench.addEntry(sheet.id(), new EntryDraft(WorkEntry.Kind.NOTE, "late", null, null))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("workshop.error.sheet-closed");

        // the device comes back: a new sheet on the same equipment, and the card shows both
        SheetDetails again = as(
                tenant,
                "dispatcher",
                () -> sheetIntake.intake(new Intake(
                        null,
                        closed.customerId(),
                        null,
                        null,
                        new Equipment.Draft(
                                null,
                                null,
                                null,
                                null,
                                "imei-356938035643809 ",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                Map.of()),
                        "Screen flickers",
                        null,
                        null,
                        null,
                        null,
                        Map.of(),
                        null,
                        false)));
        assertThat(again.equipmentId()).isEqualTo(closed.equipmentId());
        assertThat(again.number()).endsWith("-00002");
        var entries = as(
                tenant,
                "dispatcher",
                () -> timeline.of(equipment.find(again.equipmentId()).orElseThrow()));
        assertThat(entries)
                .extracting(e -> e.titleKey())
                .contains("workshop.timeline.received", "workshop.timeline.handed-over");
        assertThat(entries).filteredOn(e -> e.route() != null).hasSize(3);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        long customersBefore = as(tenant, "dispatcher", () -> count(tenant, "customer"));
        Intake ok = walkIn("SN-BAD-1", "Broken");
        Object[][] cases = {
            {withProblem(ok, "  "), "problem"},
            {withEstimate(ok, new BigDecimal("-1")), "estimatedCost"},
            {withPromised(ok, LocalDate.now().minusDays(3)), "promisedDate"},
            {
                new Intake(
                        null,
                        UUID.randomUUID(),
                        ok.newCustomer(),
                        null,
                        ok.newEquipment(),
                        "x",
                        null,
                        null,
                        null,
                        null,
                        Map.of(),
                        null,
                        false),
                "customerId"
            },
            {
                new Intake(
                        null, null, ok.newCustomer(), null, null, "x", null, null, null, null, Map.of(), null, false),
                "equipmentId"
            },
            {
                new Intake(
                        null,
                        null,
                        ok.newCustomer(),
                        null,
                        ok.newEquipment(),
                        "x",
                        null,
                        null,
                        null,
                        null,
                        Map.of(),
                        UUID.randomUUID(),
                        false),
                "technicianId"
            },
            {withProblem(ok, "x".repeat(4001)), "problem"},
        };
        for (Object[] c : cases) {
            assertThatThrownBy(() -> as(tenant, "dispatcher", () -> sheetIntake.intake((Intake) c[0])))
                    .as("%s", c[1])
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.field()).isEqualTo(c[1]));
        }
        assertThatThrownBy(() -> as(
                        tenant,
                        "dispatcher",
                        () -> sheetIntake.intake(new Intake(
                                null,
                                null,
                                ok.newCustomer(),
                                null,
                                ok.newEquipment(),
                                "x",
                                null,
                                null,
                                null,
                                null,
                                Map.of("no_such_field", "1"),
                                null,
                                false))))
                .isInstanceOf(com.intervo.kernel.customization.CustomFieldValidationException.class);
        assertThat(count(tenant, "service_sheet")).isZero();
        assertThat(count(tenant, "customer")).isEqualTo(customersBefore);
        assertThat(count(tenant, "equipment")).isZero();

        SheetDetails sheet = as(tenant, "dispatcher", () -> sheetIntake.intake(ok));
        assertThatThrownBy(() -> as(tenant, "technician", () -> bench.changeStatus(sheet.id(), "no_such", null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("status"));
        assertThatThrownBy(() -> as(tenant, "technician", () -> bench.changeStatus(sheet.id(), "question", " ")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThatThrownBy(() -> as(tenant, "technician", () -> bench.changeStatus(sheet.id(), "handed_over", null)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workshop.error.status-final"));
        assertThatThrownBy(() -> as(
                        tenant,
                        "technician",
                        () -> bench.addEntry(sheet.id(), new EntryDraft(WorkEntry.Kind.WORK, "x", -5, null))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("minutes"));
        assertThatThrownBy(() -> as(tenant, "dispatcher", () -> bench.answer(sheet.id(), "yes", null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("workshop.error.no-question"));
        assertThat(as(tenant, "dispatcher", () -> sheets.history(sheet.id()))).hasSize(1);
        assertThat(count(tenant, "sheet_work_entry")).isZero();
    }

    @Test
    void rolesDecideWhoDoesWhatAndOnlyTheAuthorCorrectsAnEntry() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        assertThatThrownBy(() -> as(tenant, "technician", () -> sheetIntake.intake(walkIn("SN-ROLE-1", "x"))))
                .isInstanceOf(AccessDeniedException.class);
        SheetDetails sheet = as(tenant, "dispatcher", () -> sheetIntake.intake(walkIn("SN-ROLE-1", "Noise")));
        assertThatThrownBy(() -> as(tenant, "dispatcher", () -> bench.take(sheet.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        tenant,
                        "dispatcher",
                        () -> bench.addEntry(sheet.id(), new EntryDraft(WorkEntry.Kind.WORK, "x", 10, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(tenant, "technician", () -> handOver.handOver(sheet.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        SheetEntry entry = as(
                tenant,
                "technician",
                () -> bench.addEntry(
                        sheet.id(), new EntryDraft(WorkEntry.Kind.WORK, "Cleaned the fan", 20, new BigDecimal("50"))));
        assertThatThrownBy(() -> as(
                        tenant,
                        "manager",
                        () -> bench.correctEntry(
                                entry.id(), entry.version(), "Someone else's words", 1, BigDecimal.ONE)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        SheetEntry corrected = as(
                tenant,
                "technician",
                () -> bench.correctEntry(
                        entry.id(), entry.version(), "Cleaned the fan and the heat sink", 30, new BigDecimal("60")));
        assertThat(corrected.editedAt()).isNotNull();
        assertThat(corrected.createdBy()).isEqualTo(entry.createdBy());
        assertThat(corrected.createdAt())
                .isCloseTo(
                        entry.createdAt(),
                        org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MICROS));
        assertThat(corrected.authorName()).isEqualTo("Fixture technician");
    }

    @Autowired
    com.intervo.kernel.documents.DocumentTemplates templates;

    @Autowired
    com.intervo.kernel.files.FileStorage files;

    @Autowired
    TrackingPortal portal;

    @Test
    void protocolsStayAsIssuedWhenTemplatesChangeAndACorrectionIssuesANewOne() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        SheetDetails sheet = as(tenant, "dispatcher", () -> sheetIntake.intake(walkIn("SN-ISSUED-1", "Cracked case")));
        UUID id = sheet.id();
        assertThat(sheet.intakeProtocolFileId()).isNotNull();
        byte[] issued =
                as(tenant, "dispatcher", () -> sheetIntake.intakeProtocol(id).pdf());
        assertThat(Pdfs.text(issued))
                .contains(
                        "Client Ana Lungu",
                        "SN-ISSUED-1",
                        "Cracked case",
                        "Termeni și condiții Echipamentul este preluat pentru diagnostic și reparație");

        // the company changes its terms: the protocol the customer has stays what it was, here and on the portal
        as(tenant, "admin", () -> {
            templates.saveTerms(
                    WorkshopModule.INTAKE_PROTOCOL, java.util.Locale.forLanguageTag("ro"), "Termeni noi, după predare");
            return null;
        });
        assertThat(as(tenant, "dispatcher", () -> sheetIntake.intakeProtocol(id).pdf()))
                .isEqualTo(issued);
        fixtures.signOut();
        TrackingPortal.Lookup<SheetDocument> public1 = portal.document("198.51.100.71", sheet.trackingCode(), "intake");
        assertThat(public1.outcome()).isEqualTo(TrackingPortal.Outcome.FOUND);
        assertThat(public1.value().pdf()).isEqualTo(issued);

        // a corrected description issues a new protocol (with the new terms); the first stays stored
        SheetDetails current = as(tenant, "dispatcher", () -> sheets.get(id));
        as(
                tenant,
                "dispatcher",
                () -> sheetIntake.describe(
                        id,
                        current.version(),
                        "Cracked case, no sound",
                        "charger",
                        "scratched screen",
                        new BigDecimal("250.00"),
                        LocalDate.now().plusDays(5),
                        Map.of()));
        byte[] reissued =
                as(tenant, "dispatcher", () -> sheetIntake.intakeProtocol(id).pdf());
        assertThat(reissued).isNotEqualTo(issued);
        assertThat(Pdfs.text(reissued))
                .contains("Cracked case, no sound", "Termeni și condiții Termeni noi, după predare")
                .doesNotContain("Echipamentul este preluat");
        assertThat(Pdfs.text(issued)).doesNotContain("no sound", "Termeni noi");
        assertThat(as(tenant, "dispatcher", () -> files.of(SheetDocuments.FILE_OWNER, id)))
                .hasSize(2);
        // both issues stay readable, the first exactly as the customer got it
        var protocols = as(tenant, "technician", () -> handOver.issuedProtocols(id));
        assertThat(protocols)
                .extracting(SheetHandOver.IssuedProtocol::fileName)
                .containsExactly("intake-" + sheet.number() + ".pdf", "intake-" + sheet.number() + ".pdf");
        assertThat(as(
                        tenant,
                        "technician",
                        () -> handOver.issuedProtocol(id, protocols.get(0).fileId())
                                .pdf()))
                .isEqualTo(issued);
        // a file of another sheet is not reachable through this one
        SheetDetails otherSheet = as(tenant, "dispatcher", () -> sheetIntake.intake(walkIn("SN-ISSUED-2", "Other")));
        assertThatThrownBy(() ->
                        as(tenant, "technician", () -> handOver.issuedProtocol(id, otherSheet.intakeProtocolFileId())))
                .isInstanceOf(DomainException.class);

        // hand-over issues the handover protocol, served as issued afterwards
        SheetDetails closed = as(tenant, "dispatcher", () -> handOver.handOver(id, "Case replaced"));
        assertThat(closed.handoverProtocolFileId()).isNotNull();
        byte[] handover =
                as(tenant, "dispatcher", () -> handOver.handoverProtocol(id).pdf());
        assertThat(Pdfs.text(handover))
                .contains("Proces-verbal de predare", "Client Ana Lungu", "SN-ISSUED-1", "Case replaced");
        as(tenant, "admin", () -> {
            templates.saveTerms(
                    WorkshopModule.HANDOVER_PROTOCOL, java.util.Locale.forLanguageTag("ro"), "Alți termeni");
            return null;
        });
        assertThat(as(tenant, "dispatcher", () -> handOver.handoverProtocol(id).pdf()))
                .isEqualTo(handover);
        fixtures.signOut();
        assertThat(portal.document("198.51.100.72", sheet.trackingCode(), "handover")
                        .value()
                        .pdf())
                .isEqualTo(handover);

        // another workspace cannot read the stored protocol, not even knowing the sheet and the file
        TenantId other = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        assertThatThrownBy(() -> as(
                        other,
                        "admin",
                        () -> files.readOwned(SheetDocuments.FILE_OWNER, id, closed.handoverProtocolFileId())))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        // nor can a module read it under another owner
        assertThatThrownBy(
                        () -> as(tenant, "admin", () -> files.readOwned("TICKET", id, closed.handoverProtocolFileId())))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void anotherTenantSeesNoSheet() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        TenantId other = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        SheetDetails sheet = as(tenant, "dispatcher", () -> sheetIntake.intake(walkIn("SN-T-1", "Secret problem")));
        assertThat(as(other, "admin", () -> sheets.find(sheet.id()))).isEmpty();
        assertThat(as(other, "admin", () -> sheets.count(QueueFilter.openSheets())))
                .isZero();
        assertThatThrownBy(() -> as(other, "admin", () -> bench.changeStatus(sheet.id(), "in_work", null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        // numbering counts per tenant
        assertThat(as(other, "dispatcher", () -> sheetIntake.intake(walkIn("SN-T-1", "x")))
                        .number())
                .endsWith("-00001");
    }

    @Test
    void theQueueListsOpenSheetsOldestFirstAndFilters() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        SheetDetails first = as(tenant, "dispatcher", () -> sheetIntake.intake(walkIn("SN-Q-1", "first")));
        SheetDetails second = as(
                tenant,
                "dispatcher",
                () -> sheetIntake.intake(new Intake(
                        null,
                        first.customerId(),
                        null,
                        null,
                        new Equipment.Draft(
                                null, null, null, null, "SN-Q-2", null, null, null, null, null, null, Map.of()),
                        "second",
                        null,
                        null,
                        null,
                        null,
                        Map.of(),
                        null,
                        false)));
        as(tenant, "technician", () -> bench.take(second.id()));
        assertThat(as(tenant, "technician", () -> sheets.list(QueueFilter.openSheets(), 0, 10)))
                .extracting(SheetDetails::id)
                .containsExactly(first.id(), second.id());
        UUID technician = userId(tenant, "technician");
        assertThat(as(
                        tenant,
                        "technician",
                        () -> sheets.list(new QueueFilter(null, technician, false, null, false, null), 0, 10)))
                .extracting(SheetDetails::id)
                .containsExactly(second.id());
        assertThat(as(
                        tenant,
                        "technician",
                        () -> sheets.list(new QueueFilter(null, null, true, null, false, null), 0, 10)))
                .extracting(SheetDetails::id)
                .containsExactly(first.id());
        assertThat(as(
                        tenant,
                        "technician",
                        () -> sheets.list(new QueueFilter("in_work", null, false, null, false, null), 0, 10)))
                .extracting(SheetDetails::id)
                .containsExactly(second.id());
        assertThat(as(tenant, "technician", () -> sheets.count(new QueueFilter(null, null, false, 3, false, null))))
                .isZero();
        assertThat(as(
                        tenant,
                        "technician",
                        () -> sheets.list(new QueueFilter(null, null, false, null, false, "sn-q-2"), 0, 10)))
                .extracting(SheetDetails::id)
                .containsExactly(second.id());
        String code = second.trackingCode();
        assertThat(as(
                        tenant,
                        "technician",
                        () -> sheets.list(
                                new QueueFilter(
                                        null,
                                        null,
                                        false,
                                        null,
                                        false,
                                        code.substring(0, 4) + "-" + code.substring(4, 8)),
                                0,
                                10)))
                .extracting(SheetDetails::id)
                .containsExactly(second.id());
    }

    @Test
    void overdueRepairsAlertReceptionAndManagersOnce() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        SheetDetails sheet = as(tenant, "dispatcher", () -> sheetIntake.intake(walkIn("SN-OD-1", "slow")));
        assertThat(TenantContext.callAs(
                        tenant, () -> overdue.alert(LocalDate.now().plusDays(4))))
                .isZero();
        assertThat(TenantContext.callAs(
                        tenant, () -> overdue.alert(LocalDate.now().plusDays(6))))
                .isEqualTo(1);
        assertThat(TenantContext.callAs(
                        tenant, () -> overdue.alert(LocalDate.now().plusDays(7))))
                .isZero();
        UUID manager = userId(tenant, "manager");
        assertThat(TenantContext.callAs(tenant, () -> notifier.of(manager, 10)))
                .singleElement()
                .satisfies(n -> assertThat(n.params()).contains(sheet.number()));
    }

    @Autowired
    OverdueAlerts overdue;

    long count(TenantId tenant, String table) {
        return jdbc.queryForObject("select count(*) from " + tenant.schema() + "." + table, Long.class);
    }

    static Intake withProblem(Intake i, String problem) {
        return new Intake(
                i.id(),
                i.customerId(),
                i.newCustomer(),
                i.equipmentId(),
                i.newEquipment(),
                problem,
                i.accessories(),
                i.visibleCondition(),
                i.estimatedCost(),
                i.promisedDate(),
                i.customFields(),
                i.technicianId(),
                i.emailProtocol());
    }

    static Intake withEstimate(Intake i, BigDecimal estimate) {
        return new Intake(
                i.id(),
                i.customerId(),
                i.newCustomer(),
                i.equipmentId(),
                i.newEquipment(),
                i.problem(),
                i.accessories(),
                i.visibleCondition(),
                estimate,
                i.promisedDate(),
                i.customFields(),
                i.technicianId(),
                i.emailProtocol());
    }

    static Intake withPromised(Intake i, LocalDate promised) {
        return new Intake(
                i.id(),
                i.customerId(),
                i.newCustomer(),
                i.equipmentId(),
                i.newEquipment(),
                i.problem(),
                i.accessories(),
                i.visibleCondition(),
                i.estimatedCost(),
                promised,
                i.customFields(),
                i.technicianId(),
                i.emailProtocol());
    }
}
