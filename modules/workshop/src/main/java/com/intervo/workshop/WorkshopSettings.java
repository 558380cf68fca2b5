package com.intervo.workshop;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code intervo.workshop.*}.
 *
 * @param portal        the public tracking portal
 * @param overdueCheck  how often the overdue repairs are looked for
 */
@ConfigurationProperties("intervo.workshop")
public record WorkshopSettings(Portal portal, Duration overdueCheck) {

    /**
     * @param window            the sliding window the limits count in
     * @param maxPerIp          look-ups one IP address may make per window
     * @param maxFailuresPerIp  look-ups of unknown codes one IP address may make per window
     * @param maxPerCode        look-ups of one code per window (from anywhere)
     * @param maxPerTenant      look-ups of one workspace's codes per window (from anywhere)
     * @param maxKeys           addresses and codes remembered at most (memory bound); the oldest are forgotten
     * @param frameAncestors    sites allowed to show the portal in a frame (CSP source list, e.g. {@code *} or
     *                          {@code https://www.example.ro https://example.ro})
     */
    public record Portal(
            Duration window,
            Integer maxPerIp,
            Integer maxFailuresPerIp,
            Integer maxPerCode,
            Integer maxPerTenant,
            Integer maxKeys,
            String frameAncestors) {

        public Portal {
            window = window == null ? Duration.ofMinutes(10) : window;
            maxPerIp = maxPerIp == null ? 60 : maxPerIp;
            maxFailuresPerIp = maxFailuresPerIp == null ? 10 : maxFailuresPerIp;
            maxPerCode = maxPerCode == null ? 30 : maxPerCode;
            maxPerTenant = maxPerTenant == null ? 2000 : maxPerTenant;
            maxKeys = maxKeys == null ? 20_000 : maxKeys;
            frameAncestors = frameAncestors == null || frameAncestors.isBlank() ? "*" : frameAncestors;
        }
    }

    public WorkshopSettings {
        portal = portal == null ? new Portal(null, null, null, null, null, null, null) : portal;
        overdueCheck = overdueCheck == null ? Duration.ofMinutes(15) : overdueCheck;
    }
}
