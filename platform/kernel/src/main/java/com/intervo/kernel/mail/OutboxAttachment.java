package com.intervo.kernel.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A file sent with a queued e-mail (e.g. the intake protocol PDF); stored with the message until it is sent. */
@Entity
@Table(name = "outbox_attachment")
class OutboxAttachment {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "message_id")
    private OutboxMessage message;

    @Column(nullable = false)
    private int position;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private byte[] content;

    protected OutboxAttachment() {}

    OutboxAttachment(OutboxMessage message, int position, String fileName, String mediaType, byte[] content) {
        this.id = UUID.randomUUID();
        this.message = message;
        this.position = position;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content.clone();
    }

    String getFileName() {
        return fileName;
    }

    String getMediaType() {
        return mediaType;
    }

    byte[] getContent() {
        return content;
    }
}
