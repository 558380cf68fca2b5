package com.intervo.kernel.licensing;

import java.util.Set;

/**
 * A product module's manifest, declared once as a bean in the module's root package. Everything in that
 * package and below (views, REST controllers, listeners, jobs) is gated by the module's license.
 */
public interface ModuleDescriptor {

    ModuleKey key();

    /** Modules that a license of this one brings along (Workshop Plus brings Workshop Simple). */
    Set<ModuleKey> requires();

    /** i18n key of the side-menu group the module's views appear under. */
    String menuGroup();

    /** The segment of its REST API: {@code /api/v1/<apiSegment>/**}. */
    String apiSegment();

    /** Order of the menu group in the side menu. */
    default int menuOrder() {
        return 100;
    }

    /** Root package of the module's code. */
    default String basePackage() {
        return getClass().getPackageName();
    }
}
