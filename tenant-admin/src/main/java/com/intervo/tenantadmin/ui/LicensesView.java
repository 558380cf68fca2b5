package com.intervo.tenantadmin.ui;

import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.Licenses.ModuleLicense;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The tenant admin sees which modules the workspace may use, and until when. Read-only: buying comes later. */
@Route("admin/licenses")
@Menu(title = "tenantadmin.licenses.title", order = 900, icon = "vaadin:key")
@RolesAllowed("ADMIN")
class LicensesView extends VerticalLayout implements HasDynamicTitle {

    LicensesView(Licenses licenses, TenantDirectory tenants) {
        setId("licenses-view");
        setSizeFull();
        IntervoUser user = IntervoAuthentication.current().orElseThrow();
        ZoneId zone = tenants.findActive(user.tenant().key()).map(t -> ZoneId.of(t.getTimeZone()))
                .orElse(ZoneId.of("UTC"));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(zone);

        Paragraph intro = new Paragraph(getTranslation("tenantadmin.licenses.intro"));
        Grid<ModuleLicense> grid = new Grid<>();
        grid.setId("licenses-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(l -> getTranslation(l.module().nameKey()))
                .setHeader(getTranslation("tenantadmin.licenses.module")).setFlexGrow(2);
        grid.addComponentColumn(this::state).setHeader(getTranslation("tenantadmin.licenses.state")).setFlexGrow(2);
        grid.addColumn(l -> format(dates, l.validFrom()))
                .setHeader(getTranslation("tenantadmin.licenses.from"));
        grid.addColumn(l -> l.validFrom() == null ? "" : l.validUntil() == null
                        ? getTranslation("tenantadmin.licenses.open-ended") : format(dates, l.validUntil()))
                .setHeader(getTranslation("tenantadmin.licenses.until"));
        grid.addColumn(l -> l.source() == null ? "" : getTranslation("tenantadmin.licenses.source."
                + l.source().name().toLowerCase())).setHeader(getTranslation("tenantadmin.licenses.source"));
        grid.setItems(licenses.licenses(user.tenant()));
        grid.setAllRowsVisible(true);
        add(intro, grid);
    }

    private Span state(ModuleLicense license) {
        String text = switch (license.state()) {
            case INCLUDED -> getTranslation("tenantadmin.licenses.state.included",
                    getTranslation(license.includedBy().nameKey()));
            default -> getTranslation("tenantadmin.licenses.state." + license.state().name().toLowerCase());
        };
        Span badge = new Span(text);
        badge.addClassName("intervo-badge");
        if (license.state() == ModuleLicense.State.ACTIVE || license.state() == ModuleLicense.State.INCLUDED) {
            badge.addClassName("success");
        } else if (license.state() == ModuleLicense.State.EXPIRED) {
            badge.addClassName("error");
        }
        return badge;
    }

    private static String format(DateTimeFormatter formatter, Instant instant) {
        return instant == null ? "" : formatter.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenantadmin.licenses.title");
    }
}
