package com.intervo.tenantadmin.operator.ui;

import com.intervo.kernel.identity.OperatorAuthentication;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

/** The operator console's own shell: no workspace, no workspace menu. */
@Layout("/operator")
@RolesAllowed("OPERATOR")
class OperatorLayout extends AppLayout {

    /**
     * The console's one time zone: it serves workspaces in many zones, so every time it shows is in UTC, and says
     * so.
     */
    static final java.time.ZoneId ZONE = java.time.ZoneId.of("UTC");

    static Span timeZoneHint() {
        Span hint =
                new Span(com.vaadin.flow.component.UI.getCurrent().getTranslation("operator.times-in", ZONE.getId()));
        hint.setId("operator-time-zone");
        hint.addClassName("intervo-hint");
        return hint;
    }

    OperatorLayout(AuthenticationContext authentication) {
        H1 title = new H1(getTranslation("operator.title"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        RouterLink tenants = new RouterLink(getTranslation("operator.tenants.title"), OperatorTenantsView.class);
        tenants.setId("operator-nav-tenants");
        RouterLink audit = new RouterLink(getTranslation("operator.audit.title"), OperatorAuditView.class);
        audit.setId("operator-nav-audit");
        Span who = new Span(
                OperatorAuthentication.current().map(o -> o.displayName()).orElse(""));
        who.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Flex.GROW, "intervo-operator-who");
        Button signOut = new Button(getTranslation("operator.sign-out"), e -> authentication.logout());
        signOut.setId("operator-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout navbar = new HorizontalLayout(title, tenants, audit, who, signOut);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM, "intervo-operator-navbar");
        addToNavbar(navbar);
    }
}
