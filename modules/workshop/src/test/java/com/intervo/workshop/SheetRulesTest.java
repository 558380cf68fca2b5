package com.intervo.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.kernel.customization.StatusCategory;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.workshop.domain.StatusChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sheet's status rules, without storage or Spring. */
class SheetRulesTest {

    private static WorkflowStatus status(String key, StatusCategory category, boolean finalStatus) {
        return new WorkflowStatus(
                UUID.randomUUID(),
                "SERVICE_SHEET",
                key,
                Map.of("en", key),
                "#607d8b",
                category,
                finalStatus,
                false,
                0,
                true,
                0L);
    }

    private static StatusChange change(String from, String to) {
        return new StatusChange(UUID.randomUUID(), from, to, null, Instant.parse("2026-12-01T10:00:00Z"), "x");
    }

    @Test
    void readyAndUnrepairableAreTheBuiltInKeysOrCustomStatusesOfTheirCategory() {
        assertThat(SheetRules.isReady(status("ready", StatusCategory.DONE, false)))
                .isTrue();
        assertThat(SheetRules.isReady(status("tested_ok", StatusCategory.DONE, false)))
                .isTrue();
        assertThat(SheetRules.isReady(status("in_work", StatusCategory.IN_PROGRESS, false)))
                .isFalse();
        // a final done status is the hand-over, not "ready for pick-up"
        assertThat(SheetRules.isReady(status("handed_over", StatusCategory.DONE, true)))
                .isFalse();

        assertThat(SheetRules.isUnrepairable(status("unrepairable", StatusCategory.CANCELLED, false)))
                .isTrue();
        assertThat(SheetRules.isUnrepairable(status("no_parts", StatusCategory.CANCELLED, false)))
                .isTrue();
        assertThat(SheetRules.isUnrepairable(status("returned", StatusCategory.CANCELLED, true)))
                .isFalse();
        assertThat(SheetRules.isUnrepairable(status("ready", StatusCategory.DONE, false)))
                .isFalse();
    }

    @Test
    void aManualChangeIsRefusedForFinalOrCurrentStatusesAndAQuestionNeedsItsText() {
        WorkflowStatus question = status("question", StatusCategory.WAITING, false);
        assertThatThrownBy(() ->
                        SheetRules.checkManualChange(status("handed_over", StatusCategory.DONE, true), "in_work", null))
                .hasMessageStartingWith("workshop.error.status-final");
        assertThatThrownBy(() -> SheetRules.checkManualChange(
                        status("in_work", StatusCategory.IN_PROGRESS, false), "in_work", null))
                .hasMessageStartingWith("workshop.error.status-same");
        assertThatThrownBy(() -> SheetRules.checkManualChange(question, "in_work", "  "))
                .hasMessageStartingWith("workshop.error.question-required");
        assertThatThrownBy(() -> SheetRules.checkManualChange(question, "in_work", "x".repeat(1001)))
                .hasMessageStartingWith("workshop.error.too-long");
        assertThatCode(() -> SheetRules.checkManualChange(question, "in_work", "Replace the battery too?"))
                .doesNotThrowAnyException();
        assertThatCode(() -> SheetRules.checkManualChange(status("ready", StatusCategory.DONE, false), "in_work", null))
                .doesNotThrowAnyException();
    }

    @Test
    void theHandOverEndsInHandedOverElseAFinalDoneStatusElseAnyFinalOne() {
        WorkflowStatus returned = status("returned", StatusCategory.CANCELLED, true);
        WorkflowStatus collected = status("collected", StatusCategory.DONE, true);
        WorkflowStatus handedOver = status("handed_over", StatusCategory.DONE, true);
        WorkflowStatus ready = status("ready", StatusCategory.DONE, false);

        assertThat(SheetRules.handOverStatus(List.of(ready, returned, collected, handedOver)))
                .contains(handedOver);
        assertThat(SheetRules.handOverStatus(List.of(ready, returned, collected)))
                .contains(collected);
        assertThat(SheetRules.handOverStatus(List.of(ready, returned))).contains(returned);
        assertThat(SheetRules.handOverStatus(List.of(ready))).isEmpty();
    }

    @Test
    void anAnswerResumesTheStatusBeforeTheLastQuestion() {
        assertThat(SheetRules.resumeAfterQuestion(List.of(change(null, "received"), change("received", "question"))))
                .isEqualTo("received");
        assertThat(SheetRules.resumeAfterQuestion(List.of(
                        change(null, "received"),
                        change("received", "question"),
                        change("question", "in_work"),
                        change("in_work", "waiting_parts"),
                        change("waiting_parts", "question"))))
                .isEqualTo("waiting_parts");
        assertThat(SheetRules.resumeAfterQuestion(List.of(change(null, "received"))))
                .isEqualTo("in_work");
    }

    @Test
    void aClosedSheetEndedAsItsStatusBeforeTheHandOver() {
        List<StatusChange> history = List.of(
                change(null, "received"), change("received", "unrepairable"), change("unrepairable", "handed_over"));
        assertThat(SheetRules.repairOutcomeKey(true, "handed_over", history)).isEqualTo("unrepairable");
        assertThat(SheetRules.repairOutcomeKey(false, "unrepairable", history.subList(0, 2)))
                .isEqualTo("unrepairable");
        // a sheet handed over straight from its first status: only one change, the current one counts
        assertThat(SheetRules.repairOutcomeKey(true, "handed_over", history.subList(0, 1)))
                .isEqualTo("handed_over");
    }

    @Test
    void overdueMeansPastThePromisedDayAndStillOpen() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(SheetRules.overdueOn(today.minusDays(1), null, today)).isTrue();
        assertThat(SheetRules.overdueOn(today, null, today)).isFalse();
        assertThat(SheetRules.overdueOn(null, null, today)).isFalse();
        assertThat(SheetRules.overdueOn(today.minusDays(3), Instant.parse("2026-12-06T12:00:00Z"), today))
                .isFalse();
    }

    @Test
    void aLogEntryNeedsTextMinutesWithinADayRangeAndAMoneyAmount() {
        assertThatThrownBy(() -> SheetRules.checkEntry(" ", null, null))
                .hasMessageStartingWith("workshop.error.required");
        assertThatThrownBy(() -> SheetRules.checkEntry("Screen", -1, null))
                .hasMessageStartingWith("workshop.error.minutes");
        assertThatThrownBy(() -> SheetRules.checkEntry("Screen", 100_001, null))
                .hasMessageStartingWith("workshop.error.minutes");
        assertThatThrownBy(() -> SheetRules.checkEntry("Screen", 30, new BigDecimal("-0.01")))
                .hasMessageStartingWith("workshop.error.money");
        assertThatCode(() -> SheetRules.checkEntry("Screen", 100_000, new BigDecimal("350.00")))
                .doesNotThrowAnyException();
    }
}
