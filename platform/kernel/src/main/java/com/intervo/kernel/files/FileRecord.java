package com.intervo.kernel.files;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** One row of {@code stored_file}: the checked facts about a file whose bytes lie on disk. */
@Entity
@Table(name = "stored_file")
class FileRecord extends AuditedEntity {

    @Column(name = "owner_type", nullable = false, updatable = false)
    private String ownerType;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    @Column(name = "original_name", nullable = false, updatable = false)
    private String originalName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(updatable = false)
    private Integer width;

    @Column(updatable = false)
    private Integer height;

    @Column(nullable = false, updatable = false)
    private String sha256;

    protected FileRecord() {}

    FileRecord(
            UUID id, String ownerType, UUID ownerId, String originalName, FileContent.Checked content, String sha256) {
        super(id);
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.originalName = originalName;
        this.mediaType = content.mediaType();
        this.sizeBytes = content.size();
        this.width = content.width();
        this.height = content.height();
        this.sha256 = sha256;
    }

    String getMediaType() {
        return mediaType;
    }

    String getOwnerType() {
        return ownerType;
    }

    UUID getOwnerId() {
        return ownerId;
    }

    StoredFile toStoredFile() {
        return new StoredFile(
                getId(),
                ownerType,
                ownerId,
                originalName,
                mediaType,
                sizeBytes,
                width,
                height,
                sha256,
                getCreatedAt(),
                getCreatedBy());
    }
}
