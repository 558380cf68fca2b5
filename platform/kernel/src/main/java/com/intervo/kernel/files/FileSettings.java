package com.intervo.kernel.files;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where uploaded files live and how big one may be.
 *
 * @param dir      the folder of stored files (outside the web root); each tenant gets a sub-folder named after its
 *                 schema. Default {@code ${intervo.data-dir}/files}
 * @param maxBytes the largest file accepted, in bytes (default 10 MB)
 */
@ConfigurationProperties("intervo.files")
public record FileSettings(Path dir, long maxBytes) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public FileSettings {
        dir = (dir == null ? Path.of(System.getProperty("user.home"), ".intervo", "data", "files") : dir)
                .toAbsolutePath().normalize();
        maxBytes = maxBytes <= 0 ? DEFAULT_MAX_BYTES : maxBytes;
    }
}
