package com.intervo.kernel.mail;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One queued e-mail of the tenant, with its delivery state. */
@Entity
@Table(name = "outbox_message")
class OutboxMessage extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "body_text", nullable = false, updatable = false)
    private String bodyText;

    @Column(name = "body_html", updatable = false)
    private String bodyHtml;

    @Column(name = "owner_type", updatable = false)
    private String ownerType;

    @Column(name = "owner_id", updatable = false)
    private UUID ownerId;

    @Column(nullable = false, updatable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status = OutboxStatus.QUEUED;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "delivered_via")
    private String deliveredVia;

    @Column(name = "last_error")
    private String lastError;

    @OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<OutboxAttachment> attachments = new ArrayList<>();

    protected OutboxMessage() {}

    OutboxMessage(OutboxMail mail, Instant now) {
        this.recipient = mail.recipient().strip();
        this.subject = mail.subject();
        this.bodyText = mail.text();
        this.bodyHtml = mail.html();
        this.purpose = mail.purpose();
        this.ownerType = mail.ownerType();
        this.ownerId = mail.ownerId();
        this.nextAttemptAt = now;
        int position = 1;
        for (OutboxMail.Attachment a : mail.attachments()) {
            attachments.add(new OutboxAttachment(this, position++, a.fileName(), a.mediaType(), a.content()));
        }
    }

    void sent(Instant at, String via) {
        status = OutboxStatus.SENT;
        attempts++;
        sentAt = at;
        deliveredVia = via;
        lastError = null;
    }

    void failed(String error, Instant next, int maxAttempts) {
        attempts++;
        lastError = error == null ? "?" : (error.length() > 2000 ? error.substring(0, 2000) : error);
        if (attempts >= maxAttempts) {
            status = OutboxStatus.FAILED;
        } else {
            nextAttemptAt = next;
        }
    }

    /** An admin asks for one more try of a failed message. */
    void retry(Instant now) {
        if (status == OutboxStatus.FAILED) {
            status = OutboxStatus.QUEUED;
            attempts = 0;
        }
        nextAttemptAt = now;
    }

    OutboxMessageView view() {
        return new OutboxMessageView(
                getId(),
                recipient,
                subject,
                purpose,
                status,
                attempts,
                getCreatedAt(),
                nextAttemptAt,
                sentAt,
                deliveredVia,
                lastError,
                attachments.stream().map(OutboxAttachment::getFileName).toList());
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBodyText() {
        return bodyText;
    }

    String getBodyHtml() {
        return bodyHtml;
    }

    List<OutboxAttachment> getAttachments() {
        return attachments;
    }

    OutboxStatus getStatus() {
        return status;
    }
}
