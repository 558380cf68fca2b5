package com.intervo.workshop;

import com.intervo.kernel.customization.StatusCategory;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.errors.DomainException;
import com.intervo.workshop.domain.StatusChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The sheet's status rules, without storage: what the services decide before they write. */
public final class SheetRules {

    public static final String QUESTION = "question";
    public static final String IN_WORK = "in_work";
    public static final String READY = "ready";
    public static final String UNREPAIRABLE = "unrepairable";
    public static final String HANDED_OVER = "handed_over";

    private SheetRules() {}

    /** Past the promised date on the given day and not closed. */
    static boolean overdueOn(LocalDate promisedDate, Instant closedAt, LocalDate day) {
        return closedAt == null && promisedDate != null && promisedDate.isBefore(day);
    }

    /** "ready", or any custom non-final status of category done: the receptionists are told, the customer mailed. */
    static boolean isReady(WorkflowStatus status) {
        return READY.equals(status.key()) || (!status.finalStatus() && status.category() == StatusCategory.DONE);
    }

    /** "unrepairable", or any custom non-final status of category cancelled. */
    static boolean isUnrepairable(WorkflowStatus status) {
        return UNREPAIRABLE.equals(status.key())
                || (!status.finalStatus() && status.category() == StatusCategory.CANCELLED);
    }

    /**
     * Whether a status may be set by hand on a sheet now in {@code currentKey}: not a final one (those come with
     * the hand-over), not the current one, and a question needs its text.
     */
    static void checkManualChange(WorkflowStatus target, String currentKey, String note) {
        if (target.finalStatus()) {
            throw DomainException.invalid("workshop.error.status-final", "status");
        }
        if (target.key().equals(currentKey)) {
            throw DomainException.conflict("workshop.error.status-same", "status");
        }
        Rules.maxLength(note, "note", 1000);
        if (QUESTION.equals(target.key()) && (note == null || note.isBlank())) {
            throw DomainException.invalid("workshop.error.question-required", "note");
        }
    }

    /** The final status a hand-over ends in: "handed_over", else a final one of category done, else any final one. */
    static Optional<WorkflowStatus> handOverStatus(List<WorkflowStatus> active) {
        return active.stream()
                .filter(s -> s.finalStatus() && HANDED_OVER.equals(s.key()))
                .findFirst()
                .or(() -> active.stream()
                        .filter(s -> s.finalStatus() && s.category() == StatusCategory.DONE)
                        .findFirst())
                .or(() -> active.stream().filter(WorkflowStatus::finalStatus).findFirst());
    }

    /** After an answer, the sheet resumes the status it had before its last question (in work if unknown). */
    static String resumeAfterQuestion(List<StatusChange> history) {
        return history.stream()
                .filter(c -> QUESTION.equals(c.getToKey()))
                .reduce((a, b) -> b)
                .map(StatusChange::getFromKey)
                .orElse(IN_WORK);
    }

    /** The status that tells how the repair ended: for a closed sheet the one before the hand-over, else the current. */
    static String repairOutcomeKey(boolean closed, String statusKey, List<StatusChange> history) {
        return closed && history.size() > 1 ? history.get(history.size() - 1).getFromKey() : statusKey;
    }

    /** A log entry's text, minutes (0 to 100,000) and cost. */
    static void checkEntry(String text, Integer minutes, BigDecimal cost) {
        Rules.required(text, "text", 4000);
        if (minutes != null && (minutes < 0 || minutes > 100_000)) {
            throw DomainException.invalid("workshop.error.minutes", "minutes");
        }
        Rules.money(cost, "cost");
    }
}
