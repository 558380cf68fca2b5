package com.intervo.kernel.tenancy;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer company of Intervo: one row in the platform schema, one schema of its own. */
@Entity
@Table(name = "tenant", schema = TenantSchemas.PLATFORM)
public class Tenant extends AuditedEntity {

    public enum Status {
        PROVISIONING,
        ACTIVE,
        SUSPENDED
    }

    @Column(name = "tenant_key", nullable = false, unique = true, updatable = false)
    private String key;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "default_locale", nullable = false)
    private String defaultLocale;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "currency", nullable = false)
    private String currency;

    @Column(name = "schema_hash")
    private String schemaHash;

    @Column(name = "schema_migrated_at")
    private Instant schemaMigratedAt;

    @Column(name = "read_only_since")
    private Instant readOnlySince;

    protected Tenant() {}

    Tenant(TenantId id, String displayName, String defaultLocale, String timeZone, String currency) {
        this.key = id.key();
        this.displayName = displayName;
        this.defaultLocale = defaultLocale;
        this.timeZone = timeZone;
        this.currency = currency;
        this.status = Status.PROVISIONING;
    }

    public TenantId tenantId() {
        return new TenantId(key);
    }

    public String getKey() {
        return key;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Status getStatus() {
        return status;
    }

    public String getDefaultLocale() {
        return defaultLocale;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getCurrency() {
        return currency;
    }

    public String getSchemaHash() {
        return schemaHash;
    }

    public Instant getSchemaMigratedAt() {
        return schemaMigratedAt;
    }

    /** Set while billing keeps the workspace read-only; null when writes are allowed. */
    public Instant getReadOnlySince() {
        return readOnlySince;
    }

    void readOnly(Instant since) {
        this.readOnlySince = since;
    }

    void changeDefaults(String displayName, String defaultLocale, String timeZone, String currency) {
        this.displayName = displayName;
        this.defaultLocale = defaultLocale;
        this.timeZone = timeZone;
        this.currency = currency;
    }

    void activate() {
        this.status = Status.ACTIVE;
    }

    void suspend() {
        this.status = Status.SUSPENDED;
    }

    void migrated(String hash, Instant at) {
        this.schemaHash = hash;
        this.schemaMigratedAt = at;
    }
}
