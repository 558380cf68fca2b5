package com.intervo.kernel.identity;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A single-use link sent by e-mail: an invitation, a password reset or an e-mail verification. Only the SHA-256 hash is stored. */
@Entity
@Table(name = "user_token")
class UserToken extends AuditedEntity {

    enum Purpose {
        INVITE,
        RESET,
        VERIFY
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Purpose purpose;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected UserToken() {}

    UserToken(Purpose purpose, UUID userId, String tokenHash, Instant expiresAt) {
        this.purpose = purpose;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    Purpose getPurpose() {
        return purpose;
    }

    UUID getUserId() {
        return userId;
    }

    Instant getUsedAt() {
        return usedAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
