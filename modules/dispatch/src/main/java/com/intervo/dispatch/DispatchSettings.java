package com.intervo.dispatch;

import com.intervo.dispatch.domain.DispatchSettingsRow;
import com.intervo.dispatch.domain.DispatchSettingsRows;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current workspace's dispatch settings: read by the ticket flow and the phones, changed by admins only. */
@Service
public class DispatchSettings {

    /** Until an admin chooses, the customer gets the report once a manager approved the work. */
    public static final ReportSending DEFAULT_REPORT_SENDING = ReportSending.AFTER_APPROVAL;

    /** Until an admin chooses, a phone records its position every minute. */
    public static final int DEFAULT_LOCATION_INTERVAL_SECONDS = 60;

    public static final int MIN_LOCATION_INTERVAL_SECONDS = 15;
    public static final int MAX_LOCATION_INTERVAL_SECONDS = 900;

    /**
     * Positions per {@code POST /locations}: a fix every 15 s sent every 5 minutes; the batch the API is measured
     * with (README, Benchmark). Not a setting.
     */
    public static final int PING_BATCH_SIZE = 20;

    /** The workspace's settings as the admin sees them. */
    @Schema(name = "DispatchSettings")
    public record Current(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            ReportSending reportSending,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "15–900 seconds")
            int locationIntervalSeconds) {}

    private final DispatchSettingsRows rows;

    DispatchSettings(DispatchSettingsRows rows) {
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    public ReportSending reportSending() {
        TenantContext.require();
        return rows.findFirstBy().map(DispatchSettingsRow::getReportSending).orElse(DEFAULT_REPORT_SENDING);
    }

    /** How often the workspace's phones record their position, in seconds. */
    @Transactional(readOnly = true)
    public int locationIntervalSeconds() {
        TenantContext.require();
        return rows.findFirstBy()
                .map(DispatchSettingsRow::getLocationIntervalSeconds)
                .orElse(DEFAULT_LOCATION_INTERVAL_SECONDS);
    }

    /** What the signed-in technician's phone needs to know. */
    @Transactional(readOnly = true)
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TechnicianSettings technicianSettings() {
        return new TechnicianSettings(locationIntervalSeconds(), PING_BATCH_SIZE);
    }

    @Transactional(readOnly = true)
    @RolesAllowed("ADMIN")
    public Current current() {
        TenantContext.require();
        return rows.findFirstBy()
                .map(DispatchSettings::current)
                .orElse(new Current(DEFAULT_REPORT_SENDING, DEFAULT_LOCATION_INTERVAL_SECONDS));
    }

    @Transactional
    @RolesAllowed("ADMIN")
    public void setReportSending(ReportSending sending) {
        if (sending == null) {
            throw DomainException.invalid("dispatch.error.required", "reportSending");
        }
        update(sending, null);
    }

    @Transactional
    @RolesAllowed("ADMIN")
    public void setLocationIntervalSeconds(Integer seconds) {
        if (seconds == null) {
            throw DomainException.invalid("dispatch.error.required", "locationIntervalSeconds");
        }
        update(null, seconds);
    }

    /**
     * Changes what is given (null keeps the current value), all or nothing: a location interval outside 15–900 s
     * is refused (422, {@code dispatch.error.location-interval}) and nothing changes.
     */
    @Transactional
    @RolesAllowed("ADMIN")
    public Current change(ReportSending sending, Integer locationIntervalSeconds) {
        return update(sending, locationIntervalSeconds);
    }

    private Current update(ReportSending sending, Integer seconds) {
        TenantContext.require();
        if (seconds != null && (seconds < MIN_LOCATION_INTERVAL_SECONDS || seconds > MAX_LOCATION_INTERVAL_SECONDS)) {
            throw DomainException.invalid(
                    "dispatch.error.location-interval",
                    "locationIntervalSeconds",
                    MIN_LOCATION_INTERVAL_SECONDS,
                    MAX_LOCATION_INTERVAL_SECONDS);
        }
        DispatchSettingsRow row = rows.findFirstBy().orElseGet(DispatchSettingsRow::new);
        if (sending != null) {
            row.setReportSending(sending);
        }
        if (seconds != null) {
            row.setLocationIntervalSeconds(seconds);
        }
        return current(rows.saveAndFlush(row));
    }

    private static Current current(DispatchSettingsRow row) {
        return new Current(row.getReportSending(), row.getLocationIntervalSeconds());
    }
}
