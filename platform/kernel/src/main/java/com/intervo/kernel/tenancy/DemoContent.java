package com.intervo.kernel.tenancy;

import java.util.function.BiConsumer;

/**
 * What a module puts into the demo workspaces, declared as a bean in the module; the demo profile's start-up
 * calls every one, lowest {@link #demoOrder()} first (the CRM's customers before the tickets and sheets that
 * refer to them). Nothing calls it outside the demo.
 */
public interface DemoContent {

    /** The workspace being seeded, bound on this thread; {@code language} is its default ("cs" gets Czech data). */
    record DemoWorkspace(
            TenantId tenant, String currency, String language, boolean everyModule, BiConsumer<String, Runnable> as) {

        /** Runs work signed in as one of the workspace's demo users (admin, dispatcher, technician, manager). */
        public void as(String username, Runnable work) {
            as.accept(username, work);
        }
    }

    int demoOrder();

    void seed(DemoWorkspace workspace);

    /**
     * Runs after every module's {@link #seed} once the workspace is active and its licenses granted: content made
     * through services that check the license (as for any signed-in user) goes here.
     */
    default void seedLicensed(DemoWorkspace workspace) {}
}
