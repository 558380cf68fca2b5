package com.intervo.kernel.ui;

import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleCatalog;
import com.intervo.kernel.licensing.ModuleDescriptor;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The side menu for the current user: views from their {@code @Menu} entries, grouped by module, keeping only
 * modules the tenant is licensed for and views the user's roles may open.
 */
@Component
public class MenuModel {

    /** A group of the menu; a null label means top-level entries. */
    public record Group(String labelKey, int order, List<MenuEntry> entries) {}

    private final ModuleCatalog catalog;
    private final Licenses licenses;
    private final AccessAnnotationChecker annotations;
    private final List<PlatformArea> areas;

    MenuModel(ModuleCatalog catalog, Licenses licenses, AccessAnnotationChecker annotations, List<PlatformArea> areas) {
        this.catalog = catalog;
        this.licenses = licenses;
        this.annotations = annotations;
        this.areas = areas;
    }

    public List<Group> groups() {
        return groups(MenuConfiguration.getMenuEntries());
    }

    List<Group> groups(List<MenuEntry> entries) {
        Optional<IntervoUser> user = IntervoAuthentication.current();
        if (user.isEmpty()) {
            return List.of();
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (MenuEntry entry : entries) {
            Class<?> view = entry.menuClass();
            if (view == null || !annotations.hasAccess(view)) {
                continue;
            }
            Optional<ModuleDescriptor> module = catalog.owning(view);
            if (module.isPresent()
                    && !licenses.isLicensed(user.get().tenant(), module.get().key())) {
                continue;
            }
            String label = module.map(ModuleDescriptor::menuGroup)
                    .orElseGet(() -> area(view).map(PlatformArea::menuGroup).orElse(null));
            int order = module.map(ModuleDescriptor::menuOrder)
                    .orElseGet(() -> area(view).map(PlatformArea::order).orElse(0));
            groups.computeIfAbsent(String.valueOf(label), k -> new Group(label, order, new ArrayList<>()))
                    .entries()
                    .add(entry);
        }
        return groups.values().stream()
                .sorted(Comparator.comparingInt(Group::order))
                .toList();
    }

    private Optional<PlatformArea> area(Class<?> view) {
        String pkg = view.getPackageName();
        // the most specific area wins: catalogs inside the CRM have a group of their own
        return areas.stream()
                .filter(a -> pkg.equals(a.basePackage()) || pkg.startsWith(a.basePackage() + "."))
                .max(Comparator.comparingInt(a -> a.basePackage().length()));
    }
}
