package com.intervo.kernel.files;

import java.time.Instant;
import java.util.UUID;

/**
 * What is known about a stored file: its owner (for example {@code EQUIPMENT} and the equipment's id), the name it
 * was uploaded with (metadata only), the media type found by looking at its content, its size, an image's pixel
 * size (null for PDFs), its SHA-256, and who stored it when.
 */
public record StoredFile(
        UUID id,
        String ownerType,
        UUID ownerId,
        String originalName,
        String mediaType,
        long sizeBytes,
        Integer width,
        Integer height,
        String sha256,
        Instant createdAt,
        String createdBy) {

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    /** A size as people read it: "10 MB", "2.5 MB", "512 KB", "300 B". */
    public static String humanSize(long bytes) {
        return FileContent.humanSize(bytes);
    }
}
