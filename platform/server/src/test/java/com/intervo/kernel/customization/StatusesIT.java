package com.intervo.kernel.customization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.intervo.dispatch.DispatchModule;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.ActingAs;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.WithIntervoUser;
import com.intervo.workshop.WorkshopModule;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The status engine, tried on a fixture workflow, and the default statuses every tenant starts with. */
@TenantIntegrationTest
class StatusesIT {

    static final String FLOW = "FIXTURE_FLOW";

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    WorkflowStatuses statuses;

    @Autowired
    com.intervo.kernel.tenancy.TenantDirectory directory;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    TenantId tenant;

    @BeforeEach
    void setUp() {
        tenant = fixtures.newTenant();
    }

    /** Runs in the fixture tenant with nobody signed in. */
    <T> T as(Supplier<T> action) {
        return ActingAs.asNobody(tenant, action);
    }

    static StatusDraft draft(String key, StatusCategory category, boolean isFinal) {
        return new StatusDraft(
                key,
                Map.of("en", key.substring(0, 1).toUpperCase() + key.substring(1), "ro", key + " ro"),
                "#1E88E5",
                category,
                isFinal,
                false);
    }

    private String refusal(Runnable action) {
        return catchThrowableOfType(
                        CustomizationException.class,
                        () -> as(() -> {
                            action.run();
                            return null;
                        }))
                .messageKey();
    }

    @Test
    void aCzechWorkspaceNamesAStatusInCzechAndTheKeyComesFromTheName() {
        ActingAs.as(tenant, "admin", () -> {
            directory.changeDefaults(tenant, "Fixture", "cs", "Europe/Prague", "CZK");
            WorkflowStatus waiting = statuses.create(
                    FLOW,
                    new StatusDraft(
                            null, Map.of("cs", "Čeká na díly"), "#1E88E5", StatusCategory.WAITING, false, false));
            assertThat(waiting.key()).isEqualTo("ceka_na_dily");
            assertThat(statuses.create(
                                    FLOW,
                                    new StatusDraft(
                                            "",
                                            Map.of("cs", "Čeká na díly"),
                                            "#1E88E5",
                                            StatusCategory.WAITING,
                                            false,
                                            false))
                            .key())
                    .isEqualTo("ceka_na_dily_2");
            // English alone is not the workspace's language
            assertThat(catchThrowableOfType(
                                    CustomizationException.class,
                                    () -> statuses.create(
                                            FLOW,
                                            new StatusDraft(
                                                    null,
                                                    Map.of("en", "Waiting"),
                                                    "#1E88E5",
                                                    StatusCategory.WAITING,
                                                    false,
                                                    false)))
                            .messageKey())
                    .isEqualTo("customization.error.label-required-in");
            return null;
        });
    }

    @Test
    void everyNewTenantHasTheDefaultStatusesInFourLanguages() {
        List<WorkflowStatus> sheet = as(() -> statuses.list(WorkshopModule.SHEET_WORKFLOW));
        assertThat(sheet)
                .extracting(WorkflowStatus::key)
                .containsExactly(
                        "received",
                        "in_work",
                        "question",
                        "waiting_parts",
                        "ready",
                        "unrepairable",
                        "handed_over",
                        // Workshop Plus's stages (every schema has every module's statuses, as its tables)
                        "evaluation",
                        "quote_sent",
                        "in_repair",
                        "return_unrepaired",
                        "no_parts");
        List<WorkflowStatus> ticket = as(() -> statuses.list(DispatchModule.TICKET_WORKFLOW));
        assertThat(ticket)
                .extracting(WorkflowStatus::key)
                .containsExactly(
                        "new", "assigned", "accepted", "en_route", "on_site", "postponed", "done", "cancelled");
        for (WorkflowStatus status : concat(sheet, ticket)) {
            assertThat(status.labels()).as(status.key()).containsOnlyKeys("en", "ro", "ru", "cs");
            assertThat(status.labels().values()).allSatisfy(l -> assertThat(l).isNotBlank());
            assertThat(status.colour()).matches("#[0-9a-f]{6}");
            if (status.finalStatus()) {
                assertThat(status.category()).isIn(StatusCategory.DONE, StatusCategory.CANCELLED);
            }
        }
        assertThat(as(() -> statuses.initial(WorkshopModule.SHEET_WORKFLOW)).key())
                .isEqualTo("received");
        assertThat(as(() -> statuses.initial(DispatchModule.TICKET_WORKFLOW)).label(Locale.forLanguageTag("ru")))
                .isEqualTo("Новая");
        assertThat(as(() -> statuses.find(DispatchModule.TICKET_WORKFLOW, "postponed"))
                        .orElseThrow()
                        .label(Locale.forLanguageTag("ro")))
                .isEqualTo("Amânat");
        assertThat(as(() -> statuses.find(WorkshopModule.SHEET_WORKFLOW, "handed_over"))
                        .orElseThrow())
                .satisfies(s -> assertThat(s.finalStatus()).isTrue());
        Integer bySystem = as(() -> tx.execute(s -> jdbc.queryForObject(
                "select count(*) from workflow_status " + "where created_by = 'system' and updated_by = 'system'",
                Integer.class)));
        // the sheet's 7, the ticket's 8, Workshop Plus's 5 stages
        assertThat(bySystem).isEqualTo(20);
        assertThat(as(statuses::workflows)).startsWith(WorkshopModule.SHEET_WORKFLOW, DispatchModule.TICKET_WORKFLOW);
    }

    private static List<WorkflowStatus> concat(List<WorkflowStatus> a, List<WorkflowStatus> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void theEngineKeepsItsRulesOnAFixtureWorkflow() {
        assertThat(as(() -> statuses.list(FLOW))).isEmpty();
        WorkflowStatus open = as(() -> statuses.create(FLOW, draft("open", StatusCategory.OPEN, false)));
        assertThat(open.initial()).as("the first open status becomes initial").isTrue();
        assertThat(open.colour()).isEqualTo("#1e88e5");
        WorkflowStatus working = as(() -> statuses.create(FLOW, draft("working", StatusCategory.IN_PROGRESS, false)));
        WorkflowStatus closed = as(() -> statuses.create(FLOW, draft("closed", StatusCategory.DONE, true)));
        WorkflowStatus queued = as(() -> statuses.create(FLOW, draft("queued", StatusCategory.OPEN, false)));
        assertThat(queued.initial()).isFalse();
        assertThat(as(() -> statuses.list(FLOW)))
                .extracting(WorkflowStatus::key)
                .containsExactly("open", "working", "closed", "queued");
        assertThat(as(statuses::workflows)).contains(FLOW);

        // refused: each with a clear reason, nothing saved
        assertThat(refusal(() -> statuses.create(FLOW, draft("open", StatusCategory.OPEN, false))))
                .isEqualTo("customization.error.duplicate-status-key");
        assertThat(refusal(() -> statuses.create(FLOW, draft("halt", StatusCategory.WAITING, true))))
                .isEqualTo("customization.error.final-category");
        assertThat(refusal(() -> statuses.create(FLOW, draft("Bad-Key", StatusCategory.OPEN, false))))
                .isEqualTo("customization.error.key-format");
        assertThat(refusal(() -> statuses.create(
                        FLOW, draft("red", StatusCategory.OPEN, false).withColour("red"))))
                .isEqualTo("customization.error.colour-format");
        assertThat(refusal(() -> statuses.create("fixture flow", draft("x", StatusCategory.OPEN, false))))
                .isEqualTo("customization.error.workflow-format");
        assertThat(refusal(() -> statuses.create(
                        FLOW,
                        new StatusDraft("nolabel", Map.of("ro", "x"), "#000000", StatusCategory.OPEN, false, false))))
                .isEqualTo("customization.error.label-required-in");
        assertThat(refusal(() -> statuses.create(
                        FLOW, draft("start2", StatusCategory.DONE, true).withInitial(true))))
                .isEqualTo("customization.error.initial-category");
        assertThat(refusal(() -> statuses.deactivate(open.id()))).isEqualTo("customization.error.deactivate-initial");
        assertThat(refusal(() -> statuses.update(open.id(), open.toDraft().withInitial(false))))
                .isEqualTo("customization.error.initial-required");
        assertThat(refusal(() ->
                        statuses.update(closed.id(), closed.toDraft().withCategory(StatusCategory.WAITING, true))))
                .isEqualTo("customization.error.final-category");
        assertThat(as(() -> statuses.list(FLOW))).hasSize(4);

        // moving the initial flag clears the previous one
        as(() -> statuses.update(queued.id(), queued.toDraft().withInitial(true)));
        assertThat(as(() -> statuses.initial(FLOW)).key()).isEqualTo("queued");
        assertThat(as(() -> statuses.find(FLOW, "open")).orElseThrow().initial())
                .isFalse();

        // "open" may go now; "queued" is then the last open status and the initial one
        as(() -> statuses.deactivate(open.id()));
        assertThat(as(() -> statuses.list(FLOW)))
                .extracting(WorkflowStatus::key)
                .containsExactly("working", "closed", "queued");
        assertThat(refusal(() -> statuses.update(
                        queued.id(),
                        queued.toDraft().withInitial(true).withCategory(StatusCategory.IN_PROGRESS, false))))
                .isEqualTo("customization.error.last-open");
        as(() -> statuses.activate(open.id()));

        // reorder
        as(() -> {
            statuses.move(queued.id(), -1);
            statuses.move(queued.id(), -1);
            statuses.move(queued.id(), -1);
            statuses.move(queued.id(), -1);
            return null;
        });
        assertThat(as(() -> statuses.list(FLOW)))
                .extracting(WorkflowStatus::key)
                .containsExactly("queued", "open", "working", "closed");
        assertThat(refusal(() -> statuses.reorder(FLOW, List.of(queued.id()))))
                .isEqualTo("customization.error.reorder-mismatch");
        assertThat(as(() -> statuses.find(FLOW, "working")).orElseThrow().position())
                .isEqualTo(working.position() + 1);
    }

    @Test
    void aWorkflowWithoutStatusesHasNoInitialStatus() {
        assertThat(refusal(() -> statuses.initial("EMPTY_FLOW"))).isEqualTo("customization.error.no-initial");
    }

    @Test
    void anotherTenantSeesNoneOfTheseStatuses() {
        WorkflowStatus mine = as(() -> statuses.create(FLOW, draft("mine", StatusCategory.OPEN, false)));
        as(() -> statuses.update(
                as(() -> statuses.find(DispatchModule.TICKET_WORKFLOW, "new"))
                        .orElseThrow()
                        .id(),
                new StatusDraft("new", Map.of("en", "Fresh"), "#123456", StatusCategory.OPEN, false, true)));
        TenantId other = fixtures.newTenant();
        assertThat(TenantContext.callAs(other, () -> statuses.list(FLOW))).isEmpty();
        assertThat(TenantContext.callAs(other, () -> statuses.initial(DispatchModule.TICKET_WORKFLOW))
                        .label(Locale.ENGLISH))
                .isEqualTo("New");
        assertThatThrownBy(() -> TenantContext.callAs(other, () -> statuses.deactivate(mine.id())))
                .isInstanceOf(CustomizationException.class);
        assertThat(as(() -> statuses.initial(DispatchModule.TICKET_WORKFLOW)).label(Locale.ENGLISH))
                .isEqualTo("Fresh");
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "dispatcher")
    void onlyAnAdminChangesStatuses() {
        assertThatThrownBy(() -> statuses.create(FLOW, draft("sneaky", StatusCategory.OPEN, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(statuses.list(DispatchModule.TICKET_WORKFLOW)).isNotEmpty();
    }
}
