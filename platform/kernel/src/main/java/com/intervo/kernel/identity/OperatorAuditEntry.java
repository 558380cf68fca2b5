package com.intervo.kernel.identity;

import com.intervo.kernel.tenancy.TenantSchemas;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/** One operator action; rows are only ever added. */
@Entity
@Table(name = "operator_audit", schema = TenantSchemas.PLATFORM)
public class OperatorAuditEntry implements Persistable<UUID> {

    public enum Action {
        SIGN_IN,
        CREATE_OPERATOR,
        EXTEND_TRIAL,
        GRANT_MODULE,
        SUSPEND_TENANT,
        RESTORE_TENANT
    }

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(name = "operator_username", nullable = false, updatable = false)
    private String operatorUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;

    @Column(name = "tenant_key", updatable = false)
    private String tenantKey;

    @Column(updatable = false)
    private String detail;

    @Transient
    private boolean fresh;

    protected OperatorAuditEntry() {}

    OperatorAuditEntry(Instant at, String operatorUsername, Action action, String tenantKey, String detail) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.operatorUsername = operatorUsername;
        this.action = action;
        this.tenantKey = tenantKey;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.fresh = true;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    public Instant getAt() {
        return at;
    }

    public String getOperatorUsername() {
        return operatorUsername;
    }

    public Action getAction() {
        return action;
    }

    public String getTenantKey() {
        return tenantKey;
    }

    public String getDetail() {
        return detail;
    }
}
