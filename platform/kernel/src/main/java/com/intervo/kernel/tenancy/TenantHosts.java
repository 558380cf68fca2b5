package com.intervo.kernel.tenancy;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Reads the tenant from the host name: {@code demo.localhost} or {@code demo.intervo.app} names "demo". */
@Component
public class TenantHosts {

    private final TenantDirectory directory;

    TenantHosts(TenantDirectory directory) {
        this.directory = directory;
    }

    /** The active tenant named by the host's first label, if the host has one. */
    public Optional<TenantId> fromHost(String host) {
        return firstLabel(host).flatMap(directory::findActive).map(Tenant::tenantId);
    }

    static Optional<String> firstLabel(String host) {
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String name = host.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            return Optional.empty();
        }
        int colon = name.indexOf(':');
        if (colon >= 0) {
            name = name.substring(0, colon);
        }
        int dot = name.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String label = name.substring(0, dot);
        return TenantId.isValid(label) ? Optional.of(label) : Optional.empty();
    }
}
