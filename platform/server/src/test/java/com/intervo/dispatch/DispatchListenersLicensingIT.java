package com.intervo.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.intervo.dispatch.push.CapturedFcm;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantEvent;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The real Dispatch listeners (push to the technician's phone, e-mails to the customer) act only for workspaces
 * licensed for Dispatch: the same events, with the same data behind them, reach a workspace whose license was
 * revoked and change nothing there.
 */
@TenantIntegrationTest
class DispatchListenersLicensingIT {

    @Autowired
    DispatchFixtures dispatch;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    Licenses licenses;

    @Autowired
    TicketDesk desk;

    @Autowired
    TechnicianDevicesService devices;

    @Autowired
    FileStorage files;

    @Autowired
    CapturedFcm fcm;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    private TicketSummary openTicket(DispatchFixtures.Workspace ws) {
        return dispatch.as(
                        ws.tenant(),
                        "dispatcher",
                        () -> desk.open(TicketDraft.call(
                                ws.customerId(),
                                ws.siteId(),
                                ws.equipmentId(),
                                "Nu pornește",
                                TicketPriority.NORMAL,
                                LocalDate.now())))
                .summary();
    }

    /** Publishes in a committed transaction of the workspace, as its dispatcher, like the ticket service does. */
    private void publish(DispatchFixtures.Workspace ws, TenantEvent... published) {
        dispatch.as(
                ws.tenant(),
                "dispatcher",
                () -> tx.execute(s -> {
                    for (TenantEvent event : published) {
                        events.publishEvent(event);
                    }
                    return null;
                }));
    }

    private List<String> rows(DispatchFixtures.Workspace ws, String sql, UUID ticketId) {
        return jdbc.queryForList(sql.replace("{schema}", ws.tenant().schema()), String.class, ticketId);
    }

    @Test
    void technicianPushesGoOnlyToWorkspacesLicensedForDispatch() {
        DispatchFixtures.Workspace licensed = dispatch.workspace();
        DispatchFixtures.Workspace unlicensed = dispatch.workspace();
        TicketSummary inLicensed = openTicket(licensed);
        TicketSummary inUnlicensed = openTicket(unlicensed);
        String licensedPhone = "fcm-licensed-" + UUID.randomUUID();
        String unlicensedPhone = "fcm-unlicensed-" + UUID.randomUUID();
        dispatch.as(licensed.tenant(), "technician", () -> devices.register(licensedPhone, "ANDROID", "1.0"));
        dispatch.as(unlicensed.tenant(), "technician", () -> devices.register(unlicensedPhone, "ANDROID", "1.0"));
        licenses.revoke(unlicensed.tenant(), ModuleKey.DISPATCH);

        for (var pair :
                List.of(java.util.Map.entry(unlicensed, inUnlicensed), java.util.Map.entry(licensed, inLicensed))) {
            DispatchFixtures.Workspace ws = pair.getKey();
            TicketSummary t = pair.getValue();
            publish(
                    ws,
                    new TicketAssigned(
                            ws.tenant(), t.id(), t.number(), ws.technicianId(), null, "Ion Popescu", "Nu pornește"),
                    new TicketUnassigned(ws.tenant(), t.id(), t.number(), ws.technicianId(), true));
        }

        await().atMost(Duration.ofSeconds(10))
                .until(() -> fcm.requestsFor(licensedPhone).size() == 2);
        assertThat(fcm.requestsFor(licensedPhone))
                .extracting(r -> message(r).get("data").get("type").asString())
                .containsExactlyInAnyOrder("ASSIGNED", "CANCELLED");
        assertThat(fcm.requestsFor(licensedPhone))
                .allSatisfy(
                        r -> assertThat(message(r).get("data").get("ticketId").asString())
                                .isEqualTo(inLicensed.id().toString()));
        // the unlicensed workspace's notifications were queued first: had they run, they would have arrived by now
        await().during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(2))
                .until(() -> fcm.requestsFor(unlicensedPhone).isEmpty());
        String messages = "select kind from {schema}.technician_notification where ticket_id = ?";
        assertThat(rows(licensed, messages, inLicensed.id())).containsExactlyInAnyOrder("ASSIGNED", "CANCELLED");
        assertThat(rows(unlicensed, messages, inUnlicensed.id())).isEmpty();
    }

    @Test
    void customerMailsAreQueuedOnlyInWorkspacesLicensedForDispatch() {
        DispatchFixtures.Workspace licensed = dispatch.workspace();
        DispatchFixtures.Workspace unlicensed = dispatch.workspace();
        TicketSummary inLicensed = openTicket(licensed);
        TicketSummary inUnlicensed = openTicket(unlicensed);
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        UUID licensedReport = dispatch.as(
                licensed.tenant(),
                "dispatcher",
                () -> files.store(TicketMails.OWNER_TYPE, inLicensed.id(), "WR-1.pdf", pdf)
                        .id());
        UUID unlicensedReport = dispatch.as(
                unlicensed.tenant(),
                "dispatcher",
                () -> files.store(TicketMails.OWNER_TYPE, inUnlicensed.id(), "WR-1.pdf", pdf)
                        .id());
        licenses.revoke(unlicensed.tenant(), ModuleKey.DISPATCH);

        Instant eta = Instant.now().plus(Duration.ofHours(2));
        for (var ws : List.of(unlicensed, licensed)) {
            TicketSummary t = ws == licensed ? inLicensed : inUnlicensed;
            UUID report = ws == licensed ? licensedReport : unlicensedReport;
            publish(
                    ws,
                    new WorkReportReleased(
                            ws.tenant(),
                            t.id(),
                            t.number(),
                            "WR-1",
                            report,
                            ws.customerId(),
                            "Ion Popescu",
                            "ion@example.ro",
                            "ro"),
                    new CustomerDelayNotified(
                            ws.tenant(),
                            t.id(),
                            t.number(),
                            ws.customerId(),
                            "Ion Popescu",
                            "ion@example.ro",
                            "ro",
                            eta,
                            "Trafic"));
        }

        String outbox = "select purpose from {schema}.outbox_message where owner_id = ?";
        assertThat(rows(licensed, outbox, inLicensed.id()))
                .containsExactlyInAnyOrder("TICKET_WORK_REPORT", "TICKET_DELAY");
        assertThat(rows(unlicensed, outbox, inUnlicensed.id())).isEmpty();
        assertThat(TenantContext.current()).isEmpty();
    }

    private static JsonNode message(CapturedFcm.Request request) {
        return DispatchApi.JSON.readTree(request.body()).get("message");
    }
}
