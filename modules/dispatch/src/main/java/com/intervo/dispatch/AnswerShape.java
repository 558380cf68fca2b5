package com.intervo.dispatch;

import java.util.function.Supplier;

/**
 * How much of a ticket a change answers with: everything (the default), or only its summary — the API's
 * {@code Prefer: return=minimal}. A phone that needs only the new version and stage then does not pay for reading
 * the checklist, findings, parts and photos after every step. Bound by the API layer around one call, on its thread.
 */
public final class AnswerShape {

    private static final ThreadLocal<Boolean> SUMMARY_ONLY = new ThreadLocal<>();

    private AnswerShape() {}

    /** Runs the call with ticket answers reduced to their summary. */
    public static <T> T summaryOnly(Supplier<T> call) {
        Boolean before = SUMMARY_ONLY.get();
        SUMMARY_ONLY.set(Boolean.TRUE);
        try {
            return call.get();
        } finally {
            if (before == null) {
                SUMMARY_ONLY.remove();
            } else {
                SUMMARY_ONLY.set(before);
            }
        }
    }

    static boolean isSummaryOnly() {
        return Boolean.TRUE.equals(SUMMARY_ONLY.get());
    }
}
