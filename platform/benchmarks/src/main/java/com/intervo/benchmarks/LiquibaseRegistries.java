package com.intervo.benchmarks;

import java.lang.reflect.Field;
import java.util.Map;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.lockservice.LockServiceFactory;

/**
 * How many entries Liquibase's per-JVM registries hold. Both are keyed by {@code Database} instance, and
 * {@code TenantMigrator} makes a new one per migrate(): if the counts grow with the number of migrations, every
 * migration leaves objects behind for the life of the JVM.
 */
final class LiquibaseRegistries {

    private LiquibaseRegistries() {}

    static String describe() {
        return "LockServiceFactory.openLockServices: " + size(LockServiceFactory.getInstance(), "openLockServices")
                + ", ChangeLogHistoryServiceFactory.services: "
                + size(Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class), "services");
    }

    private static String size(Object owner, String field) {
        try {
            Field f = owner.getClass().getDeclaredField(field);
            f.setAccessible(true);
            return String.valueOf(((Map<?, ?>) f.get(owner)).size());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "n/a (" + e.getClass().getSimpleName() + ")";
        }
    }
}
