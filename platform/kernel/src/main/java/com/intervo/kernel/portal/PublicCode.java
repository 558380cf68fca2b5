package com.intervo.kernel.portal;

import com.intervo.kernel.tenancy.TenantSchemas;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A code in the platform-wide index: which tenant (and which record) it belongs to. */
@Entity
@Table(name = "public_code", schema = TenantSchemas.PLATFORM)
class PublicCode {

    @Id
    private String code;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(nullable = false, updatable = false)
    private String purpose;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PublicCode() {}

    PublicCode(String code, UUID tenantId, String purpose, UUID ownerId, Instant createdAt) {
        this.code = code;
        this.tenantId = tenantId;
        this.purpose = purpose;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
    }

    UUID getTenantId() {
        return tenantId;
    }

    String getPurpose() {
        return purpose;
    }

    UUID getOwnerId() {
        return ownerId;
    }
}
