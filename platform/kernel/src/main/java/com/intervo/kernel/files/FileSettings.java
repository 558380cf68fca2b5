package com.intervo.kernel.files;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where uploaded files live and how big one may be.
 *
 * @param dir      the folder of stored files (outside the web root); each tenant gets a sub-folder named after its
 *                 schema. Default {@code ${intervo.data-dir}/files}
 * @param maxBytes the largest file accepted, in bytes (default 10 MB)
 * @param decodes  how many images this node decodes at once (default 4; a 4000×4000 PNG takes a second or more of CPU)
 * @param decodeWait how long an upload waits for a free decode before it is answered 429 (default 2 s)
 */
@ConfigurationProperties("intervo.files")
public record FileSettings(Path dir, long maxBytes, int decodes, Duration decodeWait) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public FileSettings {
        decodes = decodes <= 0 ? 4 : decodes;
        decodeWait = decodeWait == null || decodeWait.isNegative() ? Duration.ofSeconds(2) : decodeWait;
        dir = (dir == null ? Path.of(System.getProperty("user.home"), ".intervo", "data", "files") : dir)
                .toAbsolutePath()
                .normalize();
        maxBytes = maxBytes <= 0 ? DEFAULT_MAX_BYTES : maxBytes;
    }
}
