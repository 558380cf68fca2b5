package com.intervo.dispatch;

import java.util.Locale;

/** When the work report goes to the customer: the moment the technician finishes, or once a manager approved it. */
public enum ReportSending {
    AT_FINISH,
    AFTER_APPROVAL;

    public String nameKey() {
        return "dispatch.settings.report-sending."
                + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
