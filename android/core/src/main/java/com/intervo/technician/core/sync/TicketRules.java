package com.intervo.technician.core.sync;

import com.intervo.technician.core.api.TicketSummary;
import com.intervo.technician.core.outbox.CallKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which of a technician's actions a ticket allows in its stage — the server's rules, so the phone offers only what
 * will be accepted and can apply an action before the server has it.
 */
public final class TicketRules {

    private TicketRules() {}

    public static Set<CallKind> allowed(TicketSummary ticket) {
        Set<CallKind> kinds = EnumSet.noneOf(CallKind.class);
        String stage = ticket.stage == null ? "" : ticket.stage;
        switch (stage) {
            case "ASSIGNED":
                kinds.add(CallKind.ACCEPT);
                kinds.add(CallKind.DECLINE);
                kinds.add(CallKind.POSTPONE);
                break;
            case "ACCEPTED":
                kinds.add(CallKind.EN_ROUTE);
                kinds.add(CallKind.ARRIVED);
                kinds.add(CallKind.DECLINE);
                kinds.add(CallKind.POSTPONE);
                break;
            case "EN_ROUTE":
                kinds.add(CallKind.ARRIVED);
                kinds.add(CallKind.DECLINE);
                kinds.add(CallKind.POSTPONE);
                break;
            case "ON_SITE":
                kinds.add(CallKind.POSTPONE);
                kinds.addAll(EnumSet.of(
                        CallKind.WORK_START,
                        CallKind.WORK_STOP,
                        CallKind.FINDING,
                        CallKind.ANSWER,
                        CallKind.PHOTO,
                        CallKind.SIGNATURE,
                        CallKind.FINISH));
                break;
            case "POSTPONED":
                kinds.add(CallKind.BACK_TO_WORK);
                kinds.add(CallKind.DECLINE);
                break;
            default:
                break;
        }
        if (open(stage)) {
            kinds.add(CallKind.PART);
            kinds.add(CallKind.REMOVE_PART);
        }
        return kinds;
    }

    public static boolean allows(TicketSummary ticket, CallKind kind) {
        return allowed(ticket).contains(kind);
    }

    /** The summary as it is once the action is applied (the stage only; the server fills in the rest). */
    public static void apply(TicketSummary ticket, CallKind kind) {
        switch (kind) {
            case POSTPONE:
                ticket.stageBeforePostpone = ticket.stage;
                ticket.stage = kind.stageAfter;
                break;
            case BACK_TO_WORK:
                ticket.stage = ticket.stageBeforePostpone == null ? "ACCEPTED" : ticket.stageBeforePostpone;
                ticket.stageBeforePostpone = null;
                break;
            default:
                if (kind.stageAfter != null) {
                    ticket.stage = kind.stageAfter;
                }
        }
    }

    public static boolean open(String stage) {
        return !"DONE".equals(stage) && !"CANCELLED".equals(stage);
    }
}
