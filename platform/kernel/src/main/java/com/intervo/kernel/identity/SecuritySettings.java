package com.intervo.kernel.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins failures in a row before a user is locked
 * @param lockout         how long a locked user stays locked
 * @param apiTokenTtl     lifetime of an API token
 * @param maxTokenFailuresPerAddress failed token requests one network address may make in {@code tokenFailureWindow}
 *                        before every token request from it is refused (429) until the window has passed
 * @param tokenFailureWindow the sliding window of that limit
 */
@ConfigurationProperties("intervo.security")
public record SecuritySettings(
        Integer maxFailedLogins,
        Duration lockout,
        Duration apiTokenTtl,
        Integer maxTokenFailuresPerAddress,
        Duration tokenFailureWindow) {

    public SecuritySettings {
        maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        apiTokenTtl = apiTokenTtl == null ? Duration.ofDays(30) : apiTokenTtl;
        maxTokenFailuresPerAddress = maxTokenFailuresPerAddress == null ? 10 : maxTokenFailuresPerAddress;
        tokenFailureWindow = tokenFailureWindow == null ? Duration.ofMinutes(10) : tokenFailureWindow;
    }
}
