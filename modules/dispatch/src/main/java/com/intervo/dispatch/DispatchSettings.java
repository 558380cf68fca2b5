package com.intervo.dispatch;

import com.intervo.dispatch.domain.DispatchSettingsRow;
import com.intervo.dispatch.domain.DispatchSettingsRows;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current workspace's dispatch settings: read by the ticket flow, changed by admins only. */
@Service
public class DispatchSettings {

    /** Until an admin chooses, the customer gets the report once a manager approved the work. */
    public static final ReportSending DEFAULT_REPORT_SENDING = ReportSending.AFTER_APPROVAL;

    private final DispatchSettingsRows rows;

    DispatchSettings(DispatchSettingsRows rows) {
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    public ReportSending reportSending() {
        TenantContext.require();
        return rows.findFirstBy().map(DispatchSettingsRow::getReportSending).orElse(DEFAULT_REPORT_SENDING);
    }

    @Transactional
    @RolesAllowed("ADMIN")
    public void setReportSending(ReportSending sending) {
        TenantContext.require();
        if (sending == null) {
            throw DomainException.invalid("dispatch.error.required", "reportSending");
        }
        DispatchSettingsRow row = rows.findFirstBy().orElseGet(DispatchSettingsRow::new);
        row.setReportSending(sending);
        rows.saveAndFlush(row);
    }
}
