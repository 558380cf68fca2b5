package com.intervo.kernel.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins failures in a row before a user is locked
 * @param lockout         how long a locked user stays locked
 * @param apiTokenTtl     lifetime of an API token
 */
@ConfigurationProperties("intervo.security")
public record SecuritySettings(Integer maxFailedLogins, Duration lockout, Duration apiTokenTtl) {

    public SecuritySettings {
        maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        apiTokenTtl = apiTokenTtl == null ? Duration.ofDays(30) : apiTokenTtl;
    }
}
