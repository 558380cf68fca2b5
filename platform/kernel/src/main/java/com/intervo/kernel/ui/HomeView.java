package com.intervo.kernel.ui;

import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The start page after sign-in: who you are, your roles, and what your workspace may use. */
@Route("")
@Menu(title = "kernel.menu.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(Licenses licenses) {
        setId("home-view");
        IntervoUser user = IntervoAuthentication.current().orElseThrow();
        add(new H2(getTranslation("kernel.home.welcome", user.displayName())));
        add(new Paragraph(getTranslation("kernel.home.workspace", user.tenant().key())));

        add(new H3(getTranslation("kernel.home.roles")));
        Div roles = new Div();
        for (Role role : user.roles()) {
            roles.add(badge(getTranslation(role.nameKey()), ""));
        }
        if (user.catalogEditor()) {
            roles.add(badge(getTranslation("kernel.role.catalog_editor"), ""));
        }
        add(roles);

        add(new H3(getTranslation("kernel.home.modules")));
        Div modules = new Div();
        modules.setId("home-modules");
        for (ModuleKey module : licenses.effectiveModules(user.tenant())) {
            modules.add(badge(getTranslation(module.nameKey()), "success"));
        }
        if (modules.getComponentCount() == 0) {
            modules.add(new Paragraph(getTranslation("kernel.home.no-modules")));
        }
        add(modules);
    }

    private static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassName("intervo-badge");
        if (!variant.isEmpty()) {
            badge.addClassName(variant);
        }
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kernel.menu.home");
    }
}
