package com.intervo.kernel.tenancy;

import java.util.Optional;
import java.util.Set;

/**
 * Something that brings tables to every tenant schema: the kernel, the CRM, each product module (through its
 * {@code ModuleDescriptor}). The tenant changelog is assembled from these parts; the kernel names none of them.
 */
public interface TenantSchemaPart {

    /** Unique name of the part, e.g. {@code crm} or {@code stock}. */
    String partName();

    /** Class-path location of the part's Liquibase changelog; empty while the part has no tables. */
    default Optional<String> tenantChangelog() {
        return Optional.empty();
    }

    /** Parts whose changesets must run before this one's. */
    default Set<String> runsAfter() {
        return Set.of();
    }

    /** Parts of the platform (always on) run before every product module. */
    default boolean platformPart() {
        return true;
    }

    /** Among parts that may run in either order, the lower runs first. */
    default int partOrder() {
        return 0;
    }

    /** A platform part (always on) with tables, e.g. the CRM. */
    static TenantSchemaPart platform(String name, String changelog, int order) {
        record Platform(String partName, Optional<String> tenantChangelog, int partOrder) implements TenantSchemaPart {}
        return new Platform(name, Optional.of(changelog), order);
    }
}
