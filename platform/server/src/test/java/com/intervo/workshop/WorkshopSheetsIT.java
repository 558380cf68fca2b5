package com.intervo.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.crm.CustomerDraft;
import com.intervo.crm.EquipmentTimeline;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.api.DomainException;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.mail.Outbox;
import com.intervo.kernel.mail.OutboxMessageView;
import com.intervo.kernel.notifications.Notifier;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.domain.ServiceSheet;
import com.intervo.workshop.domain.WorkEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Service sheets through the service: intake to hand-over, bad input, roles and tenants. */
@TenantIntegrationTest
class WorkshopSheetsIT {

    @Autowired TenantFixtures fixtures;
    @Autowired ServiceSheetService sheets;
    @Autowired UserDirectory users;
    @Autowired Notifier notifier;
    @Autowired Outbox outbox;
    @Autowired EquipmentTimeline timeline;
    @Autowired com.intervo.crm.EquipmentService equipment;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        fixtures.signOut();
        TenantContext.clear();
    }

    <T> T as(TenantId tenant, String user, Supplier<T> work) {
        fixtures.signIn(tenant, user);
        return TenantContext.callAs(tenant, work);
    }

    static Intake walkIn(String serial, String problem) {
        return new Intake(null, null, new CustomerDraft(Customer.Kind.PERSON, "Ana Lungu", null, "ana@example.ro",
                "0722 000 111", "ro", null, Map.of(), List.of(), List.of()), null,
                new Equipment.Draft(null, null, null, null, serial, "Samsung Galaxy S21", null, null, null, null, null,
                        Map.of()), problem, "charger", "scratched screen", new BigDecimal("250.00"),
                LocalDate.now().plusDays(5), Map.of(), null, false);
    }

    UUID userId(TenantId tenant, String name) {
        return TenantContext.callAs(tenant, () -> users.findByUsername(name).orElseThrow().getId());
    }

    @Test
    void fromIntakeToHandOverWithQuestionAnswerAndReadyMail() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        ServiceSheet sheet = as(tenant, "dispatcher", () -> sheets.intake(walkIn("IMEI-356938035643809",
                "Does not charge")));
        assertThat(sheet.getNumber()).isEqualTo("FS-" + Year.now().getValue() + "-00001");
        assertThat(sheet.getTrackingCode()).hasSize(12).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}");
        assertThat(sheet.getStatusKey()).isEqualTo("received");
        assertThat(sheet.getLanguage()).isEqualTo("ro");
        byte[] intakePdf = as(tenant, "dispatcher", () -> sheets.intakeProtocol(sheet.getId()).pdf());
        assertThat(new String(intakePdf, 0, 5)).isEqualTo("%PDF-");

        // the technician takes it, logs work and asks a question
        ServiceSheet taken = as(tenant, "technician", () -> sheets.take(sheet.getId()));
        assertThat(taken.getStatusKey()).isEqualTo("in_work");
        assertThat(taken.getTechnicianName()).isEqualTo("Fixture technician");
        WorkEntry work = as(tenant, "technician", () -> sheets.addEntry(sheet.getId(),
                new EntryDraft(WorkEntry.Kind.WORK, "Replaced the charging port", 45, new BigDecimal("180"))));
        assertThat(work.getAuthorName()).isEqualTo("Fixture technician");
        assertThat(work.getCreatedBy()).isEqualTo(tenant.key() + "/technician");
        as(tenant, "technician", () -> sheets.changeStatus(sheet.getId(), "question", "Replace the battery too (+90)?"));
        UUID dispatcher = userId(tenant, "dispatcher");
        assertThat(TenantContext.callAs(tenant, () -> notifier.of(dispatcher, 10))).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo("SHEET_QUESTION");
            assertThat(n.params()).contains(sheet.getNumber(), "Replace the battery too (+90)?");
            assertThat(n.route()).isEqualTo("workshop/sheets/" + sheet.getId());
        });

        // the receptionist answers: back to work, the technician hears of it
        ServiceSheet answered = as(tenant, "dispatcher", () -> sheets.answer(sheet.getId(), "Yes, replace it", null));
        assertThat(answered.getStatusKey()).isEqualTo("in_work");
        assertThat(answered.isQuestionOpen()).isFalse();
        UUID technician = userId(tenant, "technician");
        assertThat(TenantContext.callAs(tenant, () -> notifier.of(technician, 10)))
                .anySatisfy(n -> assertThat(n.kind()).isEqualTo("SHEET_ANSWERED"));

        // ready: the receptionist is alerted and the customer's e-mail waits in the outbox, in Romanian
        as(tenant, "technician", () -> sheets.changeStatus(sheet.getId(), "ready", null));
        assertThat(TenantContext.callAs(tenant, () -> notifier.of(dispatcher, 10)))
                .anySatisfy(n -> assertThat(n.kind()).isEqualTo("SHEET_READY"));
        List<OutboxMessageView> mails = as(tenant, "dispatcher", () -> sheets.mails(sheet.getId()));
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo("ana@example.ro");
            assertThat(m.subject()).contains("este gata").contains(sheet.getNumber());
            assertThat(m.purpose()).isEqualTo("SHEET_READY");
        });

        // hand-over: final notes, closed, the handover protocol, the equipment card's history
        ServiceSheet closed = as(tenant, "dispatcher", () -> sheets.handOver(sheet.getId(), "Tested with the customer"));
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.getStatusKey()).isEqualTo("handed_over");
        assertThat(new String(as(tenant, "dispatcher", () -> sheets.handoverProtocol(sheet.getId()).pdf()), 0, 5))
                .isEqualTo("%PDF-");
        assertThat(as(tenant, "dispatcher", () -> sheets.history(sheet.getId()))).extracting(c -> c.getToKey())
                .containsExactly("received", "in_work", "question", "in_work", "ready", "handed_over");
        assertThatThrownBy(() -> as(tenant, "technician", () -> sheets.addEntry(sheet.getId(),
                new EntryDraft(WorkEntry.Kind.NOTE, "late", null, null))))
                .isInstanceOf(DomainException.class).hasMessageContaining("workshop.error.sheet-closed");

        // the device comes back: a new sheet on the same equipment, and the card shows both
        ServiceSheet again = as(tenant, "dispatcher", () -> sheets.intake(new Intake(null,
                closed.getCustomer().getId(), null, null, new Equipment.Draft(null, null, null, null,
                "imei-356938035643809 ", null, null, null, null, null, null, Map.of()), "Screen flickers", null, null,
                null, null, Map.of(), null, false)));
        assertThat(again.getEquipment().getId()).isEqualTo(closed.getEquipment().getId());
        assertThat(again.getNumber()).endsWith("-00002");
        var entries = as(tenant, "dispatcher", () -> timeline.of(equipment.find(again.getEquipment().getId())
                .orElseThrow()));
        assertThat(entries).extracting(e -> e.titleKey()).contains("workshop.timeline.received",
                "workshop.timeline.handed-over");
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
                {new Intake(null, UUID.randomUUID(), ok.newCustomer(), null, ok.newEquipment(), "x", null, null, null,
                        null, Map.of(), null, false), "customerId"},
                {new Intake(null, null, ok.newCustomer(), null, null, "x", null, null, null, null, Map.of(), null,
                        false), "equipmentId"},
                {new Intake(null, null, ok.newCustomer(), null, ok.newEquipment(), "x", null, null, null, null,
                        Map.of(), UUID.randomUUID(), false), "technicianId"},
                {withProblem(ok, "x".repeat(4001)), "problem"},
        };
        for (Object[] c : cases) {
            assertThatThrownBy(() -> as(tenant, "dispatcher", () -> sheets.intake((Intake) c[0])))
                    .as("%s", c[1]).isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.field()).isEqualTo(c[1]));
        }
        assertThatThrownBy(() -> as(tenant, "dispatcher", () -> sheets.intake(new Intake(null, null, ok.newCustomer(),
                null, ok.newEquipment(), "x", null, null, null, null, Map.of("no_such_field", "1"), null, false))))
                .isInstanceOf(com.intervo.kernel.customization.CustomFieldValidationException.class);
        assertThat(count(tenant, "service_sheet")).isZero();
        assertThat(count(tenant, "customer")).isEqualTo(customersBefore);
        assertThat(count(tenant, "equipment")).isZero();

        ServiceSheet sheet = as(tenant, "dispatcher", () -> sheets.intake(ok));
        assertThatThrownBy(() -> as(tenant, "technician", () -> sheets.changeStatus(sheet.getId(), "no_such", null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("status"));
        assertThatThrownBy(() -> as(tenant, "technician", () -> sheets.changeStatus(sheet.getId(), "question", " ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThatThrownBy(() -> as(tenant, "technician", () -> sheets.changeStatus(sheet.getId(), "handed_over", null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("workshop.error.status-final"));
        assertThatThrownBy(() -> as(tenant, "technician", () -> sheets.addEntry(sheet.getId(),
                new EntryDraft(WorkEntry.Kind.WORK, "x", -5, null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("minutes"));
        assertThatThrownBy(() -> as(tenant, "dispatcher", () -> sheets.answer(sheet.getId(), "yes", null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("workshop.error.no-question"));
        assertThat(as(tenant, "dispatcher", () -> sheets.history(sheet.getId()))).hasSize(1);
        assertThat(count(tenant, "sheet_work_entry")).isZero();
    }

    @Test
    void rolesDecideWhoDoesWhatAndOnlyTheAuthorCorrectsAnEntry() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        assertThatThrownBy(() -> as(tenant, "technician", () -> sheets.intake(walkIn("SN-ROLE-1", "x"))))
                .isInstanceOf(AccessDeniedException.class);
        ServiceSheet sheet = as(tenant, "dispatcher", () -> sheets.intake(walkIn("SN-ROLE-1", "Noise")));
        assertThatThrownBy(() -> as(tenant, "dispatcher", () -> sheets.take(sheet.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(tenant, "dispatcher", () -> sheets.addEntry(sheet.getId(),
                new EntryDraft(WorkEntry.Kind.WORK, "x", 10, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(tenant, "technician", () -> sheets.handOver(sheet.getId(), null)))
                .isInstanceOf(AccessDeniedException.class);
        WorkEntry entry = as(tenant, "technician", () -> sheets.addEntry(sheet.getId(),
                new EntryDraft(WorkEntry.Kind.WORK, "Cleaned the fan", 20, new BigDecimal("50"))));
        assertThatThrownBy(() -> as(tenant, "manager", () -> sheets.correctEntry(entry.getId(), entry.getVersion(),
                "Someone else's words", 1, BigDecimal.ONE)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind())
                        .isEqualTo(DomainException.Kind.FORBIDDEN));
        WorkEntry corrected = as(tenant, "technician", () -> sheets.correctEntry(entry.getId(), entry.getVersion(),
                "Cleaned the fan and the heat sink", 30, new BigDecimal("60")));
        assertThat(corrected.getEditedAt()).isNotNull();
        assertThat(corrected.getCreatedBy()).isEqualTo(entry.getCreatedBy());
        assertThat(corrected.getCreatedAt()).isCloseTo(entry.getCreatedAt(),
                org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MICROS));
        assertThat(corrected.getAuthorName()).isEqualTo("Fixture technician");
    }

    @Autowired com.intervo.kernel.documents.DocumentTemplates templates;
    @Autowired com.intervo.kernel.files.FileStorage files;
    @Autowired TrackingPortal portal;

    @Test
    void protocolsStayAsIssuedWhenTemplatesChangeAndACorrectionIssuesANewOne() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        ServiceSheet sheet = as(tenant, "dispatcher", () -> sheets.intake(walkIn("SN-ISSUED-1", "Cracked case")));
        UUID id = sheet.getId();
        assertThat(sheet.getIntakeProtocolFileId()).isNotNull();
        byte[] issued = as(tenant, "dispatcher", () -> sheets.intakeProtocol(id).pdf());
        assertThat(new String(issued, 0, 5)).isEqualTo("%PDF-");

        // the company changes its terms: the protocol the customer has stays what it was, here and on the portal
        as(tenant, "admin", () -> {
            templates.saveTerms(WorkshopModule.INTAKE_PROTOCOL,
                    java.util.Locale.forLanguageTag("ro"), "Termeni noi, după predare");
            return null;
        });
        assertThat(as(tenant, "dispatcher", () -> sheets.intakeProtocol(id).pdf())).isEqualTo(issued);
        fixtures.signOut();
        TrackingPortal.Lookup<SheetDocument> public1 = portal.document("198.51.100.71", sheet.getTrackingCode(),
                "intake");
        assertThat(public1.outcome()).isEqualTo(TrackingPortal.Outcome.FOUND);
        assertThat(public1.value().pdf()).isEqualTo(issued);

        // a corrected description issues a new protocol (with the new terms); the first stays stored
        ServiceSheet current = as(tenant, "dispatcher", () -> sheets.get(id));
        as(tenant, "dispatcher", () -> sheets.describe(id, current.getVersion(), "Cracked case, no sound",
                "charger", "scratched screen", new BigDecimal("250.00"), LocalDate.now().plusDays(5), Map.of()));
        byte[] reissued = as(tenant, "dispatcher", () -> sheets.intakeProtocol(id).pdf());
        assertThat(reissued).isNotEqualTo(issued);
        assertThat(as(tenant, "dispatcher", () -> files.of(SheetDocuments.FILE_OWNER, id))).hasSize(2);
        // both issues stay readable, the first exactly as the customer got it
        var protocols = as(tenant, "technician", () -> sheets.issuedProtocols(id));
        assertThat(protocols).extracting(ServiceSheetService.IssuedProtocol::fileName)
                .containsExactly("intake-" + sheet.getNumber() + ".pdf", "intake-" + sheet.getNumber() + ".pdf");
        assertThat(as(tenant, "technician", () -> sheets.issuedProtocol(id, protocols.get(0).fileId()).pdf()))
                .isEqualTo(issued);
        // a file of another sheet is not reachable through this one
        ServiceSheet otherSheet = as(tenant, "dispatcher", () -> sheets.intake(walkIn("SN-ISSUED-2", "Other")));
        assertThatThrownBy(() -> as(tenant, "technician", () -> sheets.issuedProtocol(id,
                otherSheet.getIntakeProtocolFileId()))).isInstanceOf(DomainException.class);

        // hand-over issues the handover protocol, served as issued afterwards
        ServiceSheet closed = as(tenant, "dispatcher", () -> sheets.handOver(id, "Case replaced"));
        assertThat(closed.getHandoverProtocolFileId()).isNotNull();
        byte[] handover = as(tenant, "dispatcher", () -> sheets.handoverProtocol(id).pdf());
        as(tenant, "admin", () -> {
            templates.saveTerms(WorkshopModule.HANDOVER_PROTOCOL,
                    java.util.Locale.forLanguageTag("ro"), "Alți termeni");
            return null;
        });
        assertThat(as(tenant, "dispatcher", () -> sheets.handoverProtocol(id).pdf())).isEqualTo(handover);
        fixtures.signOut();
        assertThat(portal.document("198.51.100.72", sheet.getTrackingCode(), "handover").value().pdf())
                .isEqualTo(handover);

        // another workspace cannot read the stored protocol, not even knowing the sheet and the file
        TenantId other = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        assertThatThrownBy(() -> as(other, "admin", () -> files.readOwned(SheetDocuments.FILE_OWNER, id,
                closed.getHandoverProtocolFileId()))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        // nor can a module read it under another owner
        assertThatThrownBy(() -> as(tenant, "admin", () -> files.readOwned("TICKET", id,
                closed.getHandoverProtocolFileId()))).isInstanceOf(DomainException.class);
    }

    @Test
    void anotherTenantSeesNoSheet() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        TenantId other = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        ServiceSheet sheet = as(tenant, "dispatcher", () -> sheets.intake(walkIn("SN-T-1", "Secret problem")));
        assertThat(as(other, "admin", () -> sheets.find(sheet.getId()))).isEmpty();
        assertThat(as(other, "admin", () -> sheets.count(QueueFilter.openSheets()))).isZero();
        assertThatThrownBy(() -> as(other, "admin", () -> sheets.changeStatus(sheet.getId(), "in_work", null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind())
                        .isEqualTo(DomainException.Kind.NOT_FOUND));
        // numbering counts per tenant
        assertThat(as(other, "dispatcher", () -> sheets.intake(walkIn("SN-T-1", "x"))).getNumber()).endsWith("-00001");
    }

    @Test
    void theQueueListsOpenSheetsOldestFirstAndFilters() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        ServiceSheet first = as(tenant, "dispatcher", () -> sheets.intake(walkIn("SN-Q-1", "first")));
        ServiceSheet second = as(tenant, "dispatcher", () -> sheets.intake(new Intake(null, first.getCustomer().getId(),
                null, null, new Equipment.Draft(null, null, null, null, "SN-Q-2", null, null, null, null, null, null,
                Map.of()), "second", null, null, null, null, Map.of(), null, false)));
        as(tenant, "technician", () -> sheets.take(second.getId()));
        assertThat(as(tenant, "technician", () -> sheets.list(QueueFilter.openSheets(), 0, 10)))
                .extracting(ServiceSheet::getId).containsExactly(first.getId(), second.getId());
        UUID technician = userId(tenant, "technician");
        assertThat(as(tenant, "technician", () -> sheets.list(new QueueFilter(null, technician, false, null, false,
                null), 0, 10))).extracting(ServiceSheet::getId).containsExactly(second.getId());
        assertThat(as(tenant, "technician", () -> sheets.list(new QueueFilter(null, null, true, null, false, null),
                0, 10))).extracting(ServiceSheet::getId).containsExactly(first.getId());
        assertThat(as(tenant, "technician", () -> sheets.list(new QueueFilter("in_work", null, false, null, false,
                null), 0, 10))).extracting(ServiceSheet::getId).containsExactly(second.getId());
        assertThat(as(tenant, "technician", () -> sheets.count(new QueueFilter(null, null, false, 3, false, null))))
                .isZero();
        assertThat(as(tenant, "technician", () -> sheets.list(new QueueFilter(null, null, false, null, false,
                "sn-q-2"), 0, 10))).extracting(ServiceSheet::getId).containsExactly(second.getId());
        String code = second.getTrackingCode();
        assertThat(as(tenant, "technician", () -> sheets.list(new QueueFilter(null, null, false, null, false,
                code.substring(0, 4) + "-" + code.substring(4, 8)), 0, 10))).extracting(ServiceSheet::getId)
                .containsExactly(second.getId());
    }

    @Test
    void overdueRepairsAlertReceptionAndManagersOnce() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        ServiceSheet sheet = as(tenant, "dispatcher", () -> sheets.intake(walkIn("SN-OD-1", "slow")));
        assertThat(TenantContext.callAs(tenant, () -> overdue.alert(LocalDate.now().plusDays(4)))).isZero();
        assertThat(TenantContext.callAs(tenant, () -> overdue.alert(LocalDate.now().plusDays(6)))).isEqualTo(1);
        assertThat(TenantContext.callAs(tenant, () -> overdue.alert(LocalDate.now().plusDays(7)))).isZero();
        UUID manager = userId(tenant, "manager");
        assertThat(TenantContext.callAs(tenant, () -> notifier.of(manager, 10))).singleElement()
                .satisfies(n -> assertThat(n.params()).contains(sheet.getNumber()));
    }

    @Autowired OverdueAlerts overdue;

    long count(TenantId tenant, String table) {
        return jdbc.queryForObject("select count(*) from " + tenant.schema() + "." + table, Long.class);
    }

    static Intake withProblem(Intake i, String problem) {
        return new Intake(i.id(), i.customerId(), i.newCustomer(), i.equipmentId(), i.newEquipment(), problem,
                i.accessories(), i.visibleCondition(), i.estimatedCost(), i.promisedDate(), i.customFields(),
                i.technicianId(), i.emailProtocol());
    }

    static Intake withEstimate(Intake i, BigDecimal estimate) {
        return new Intake(i.id(), i.customerId(), i.newCustomer(), i.equipmentId(), i.newEquipment(), i.problem(),
                i.accessories(), i.visibleCondition(), estimate, i.promisedDate(), i.customFields(),
                i.technicianId(), i.emailProtocol());
    }

    static Intake withPromised(Intake i, LocalDate promised) {
        return new Intake(i.id(), i.customerId(), i.newCustomer(), i.equipmentId(), i.newEquipment(), i.problem(),
                i.accessories(), i.visibleCondition(), i.estimatedCost(), promised, i.customFields(),
                i.technicianId(), i.emailProtocol());
    }
}
