package com.intervo.kernel.customization;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A workflow status row; labels are JSONB. */
@Entity
@Table(name = "workflow_status")
class StatusDefinition extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private String workflow;

    @Column(name = "status_key", nullable = false, updatable = false)
    private String key;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> labels = new HashMap<>();

    @Column(nullable = false)
    private String colour;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatusCategory category;

    @Column(name = "is_final", nullable = false)
    private boolean finalStatus;

    @Column(name = "is_initial", nullable = false)
    private boolean initial;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    protected StatusDefinition() {}

    StatusDefinition(String workflow, String key, int position) {
        this.workflow = workflow;
        this.key = key;
        this.position = position;
    }

    void change(Map<String, String> labels, String colour, StatusCategory category, boolean finalStatus) {
        this.labels = new HashMap<>(labels);
        this.colour = colour;
        this.category = category;
        this.finalStatus = finalStatus;
    }

    WorkflowStatus toStatus() {
        return new WorkflowStatus(
                getId(), workflow, key, labels, colour, category, finalStatus, initial, position, active, getVersion());
    }

    String workflow() {
        return workflow;
    }

    String key() {
        return key;
    }

    StatusCategory category() {
        return category;
    }

    boolean finalStatus() {
        return finalStatus;
    }

    boolean initial() {
        return initial;
    }

    void initial(boolean value) {
        this.initial = value;
    }

    int position() {
        return position;
    }

    void position(int value) {
        this.position = value;
    }

    boolean active() {
        return active;
    }

    void active(boolean value) {
        this.active = value;
    }
}
