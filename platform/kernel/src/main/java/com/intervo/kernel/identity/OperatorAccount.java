package com.intervo.kernel.identity;

import com.intervo.kernel.audit.AuditedEntity;
import com.intervo.kernel.tenancy.TenantSchemas;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** A platform operator's account: in the platform schema, never in a tenant's. */
@Entity
@Table(name = "operator_user", schema = TenantSchemas.PLATFORM)
public class OperatorAccount extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected OperatorAccount() {}

    OperatorAccount(String username, String displayName, String passwordHash) {
        this.username = normalize(username);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.active = true;
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void loginFailed(Instant now, int maxFailures, Duration lockFor) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedLogins = 0;
        }
    }

    void loginSucceeded(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    PlatformOperator principal() {
        return new PlatformOperator(getId(), username, displayName);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }
}
