package com.intervo.kernel.notifications;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An alert for one user, translated when shown (message key and parameters), with a route to open. */
@Entity
@Table(name = "app_notification")
class AppNotification extends AuditedEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "message_key", nullable = false, updatable = false)
    private String messageKey;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private List<String> params = new ArrayList<>();

    @Column(updatable = false)
    private String route;

    @Column(name = "owner_type", updatable = false)
    private String ownerType;

    @Column(name = "owner_id", updatable = false)
    private UUID ownerId;

    @Column(name = "read_at")
    private Instant readAt;

    protected AppNotification() {}

    AppNotification(UUID userId, Alert alert) {
        this.userId = userId;
        this.kind = alert.kind();
        this.messageKey = alert.messageKey();
        this.params = new ArrayList<>(alert.params());
        this.route = alert.route();
        this.ownerType = alert.ownerType();
        this.ownerId = alert.ownerId();
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    UUID getUserId() {
        return userId;
    }

    InAppNotification view() {
        return new InAppNotification(
                getId(), kind, messageKey, List.copyOf(params), route, ownerType, ownerId, getCreatedAt(), readAt);
    }
}
