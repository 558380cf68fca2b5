package com.intervo.dispatch.domain;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A technician's phone: the FCM registration token push notifications are sent to. */
@Entity
@Table(name = "technician_device")
public class TechnicianDevice extends AuditedEntity {

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(nullable = false)
    private String token;

    @Column(nullable = false)
    private String platform;

    @Column(name = "app_version")
    private String appVersion;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected TechnicianDevice() {}

    public TechnicianDevice(UUID userId, String token, String platform, String appVersion, Instant at) {
        this.token = token;
        seen(userId, platform, appVersion, at);
    }

    /** The same token registered again (maybe by another user signing in on the same phone). */
    public void seen(UUID userId, String platform, String appVersion, Instant at) {
        this.userId = userId;
        this.platform = platform;
        this.appVersion = appVersion;
        this.lastSeenAt = at;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getToken() {
        return token;
    }

    public String getPlatform() {
        return platform;
    }

    public String getAppVersion() {
        return appVersion;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }
}
