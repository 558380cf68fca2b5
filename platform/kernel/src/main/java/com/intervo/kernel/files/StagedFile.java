package com.intervo.kernel.files;

import com.intervo.kernel.tenancy.TenantId;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Checked content already written to disk (with its thumbnail) but not yet attached to an owner: made by
 * {@link FileStorage#stage} outside any transaction, then {@link FileStorage#attach attached} in a short one, or
 * {@link FileStorage#discard discarded}.
 */
public final class StagedFile {

    final TenantId tenant;
    final UUID id;
    final String name;
    final FileContent.Checked content;
    final String sha256;
    final Path file;
    final Path thumbnail;
    final AtomicBoolean attached = new AtomicBoolean();

    StagedFile(
            TenantId tenant,
            UUID id,
            String name,
            FileContent.Checked content,
            String sha256,
            Path file,
            Path thumbnail) {
        this.tenant = tenant;
        this.id = id;
        this.name = name;
        // the decoded picture is not kept: it is large and no longer needed
        this.content = new FileContent.Checked(
                content.mediaType(), content.size(), content.width(), content.height(), null, content.orientation());
        this.sha256 = sha256;
        this.file = file;
        this.thumbnail = thumbnail;
    }

    /** The media type found by looking at the content. */
    public String mediaType() {
        return content.mediaType();
    }

    public boolean isImage() {
        return content.mediaType().startsWith("image/");
    }

    /** The uploaded name, tidied. */
    public String originalName() {
        return name;
    }
}
