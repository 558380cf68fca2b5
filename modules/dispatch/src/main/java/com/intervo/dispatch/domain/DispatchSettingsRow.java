package com.intervo.dispatch.domain;

import com.intervo.dispatch.ReportSending;
import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** The workspace's single row of dispatch settings; without it the defaults apply. */
@Entity
@Table(name = "dispatch_settings")
public class DispatchSettingsRow extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private boolean singleton = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_sending", nullable = false)
    private ReportSending reportSending = ReportSending.AFTER_APPROVAL;

    /** How often the technicians' phones record their position (15–900 s, a check constraint holds it). */
    @Column(name = "location_interval_seconds", nullable = false)
    private int locationIntervalSeconds = 60;

    public ReportSending getReportSending() {
        return reportSending;
    }

    public void setReportSending(ReportSending reportSending) {
        this.reportSending = reportSending;
    }

    public int getLocationIntervalSeconds() {
        return locationIntervalSeconds;
    }

    public void setLocationIntervalSeconds(int locationIntervalSeconds) {
        this.locationIntervalSeconds = locationIntervalSeconds;
    }
}
