package com.intervo.kernel.licensing;

import com.intervo.kernel.audit.AuditedEntity;
import com.intervo.kernel.tenancy.TenantSchemas;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A tenant's right to use one module over a period, from one source (trial, paid subscription, granted by hand...):
 * one row per tenant, module and source, so a grant never overwrites a subscription or the other way round.
 */
@Entity
@Table(name = "entitlement", schema = TenantSchemas.PLATFORM)
public class Entitlement extends AuditedEntity {

    /** FREE: switched on by the workspace's admin in the built-in free billing mode (no payment service). */
    public enum Source {
        TRIAL,
        SUBSCRIPTION,
        MANUAL,
        DEMO,
        FREE
    }

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "module_key", nullable = false, updatable = false)
    private ModuleKey module;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    protected Entitlement() {}

    Entitlement(UUID tenantId, ModuleKey module, Instant validFrom, Instant validUntil, Source source) {
        this.tenantId = tenantId;
        this.module = module;
        set(validFrom, validUntil, source);
    }

    void set(Instant validFrom, Instant validUntil, Source source) {
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("A license period must end after it starts");
        }
        if (this.source != null && this.source != source) {
            throw new IllegalArgumentException("An entitlement keeps its source: another source is another row");
        }
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.source = source;
    }

    void extend(java.time.Duration by) {
        if (validUntil != null) {
            validUntil = validUntil.plus(by);
        }
    }

    public boolean isActiveAt(Instant at) {
        return !at.isBefore(validFrom) && (validUntil == null || at.isBefore(validUntil));
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public ModuleKey getModule() {
        return module;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public Source getSource() {
        return source;
    }
}
