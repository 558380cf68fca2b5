package com.intervo.kernel.licensing;

import com.intervo.kernel.tenancy.TenantSchemaPart;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A product module's manifest, declared once as a bean in the module's root package. Everything in that
 * package and below (views, REST controllers, listeners, jobs) is gated by the module's license.
 *
 * <p>It is also what the module brings to the platform: its tenant changelog ({@link #tenantChangelog()}, run
 * after the changelogs of the modules it requires) and, as beans declared next to it, its document kinds
 * ({@code DocumentKindDefinition}), customizable entities and workflows with default statuses. The kernel knows
 * a module only through these.
 */
public interface ModuleDescriptor extends TenantSchemaPart {

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

    @Override
    default String partName() {
        return key().name().toLowerCase();
    }

    @Override
    default Set<String> runsAfter() {
        return requires().stream().map(k -> k.name().toLowerCase()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    default boolean platformPart() {
        return false;
    }

    @Override
    default int partOrder() {
        return menuOrder();
    }

    /** Root package of the module's code. */
    default String basePackage() {
        return getClass().getPackageName();
    }
}
