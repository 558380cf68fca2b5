package com.intervo.tenantadmin.operator.ui;

import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.ui.OperatorConsole;
import com.intervo.tenantadmin.OperatorConsoleService;
import com.intervo.tenantadmin.OperatorConsoleService.TenantOverview;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.stream.Collectors;

/** Every workspace: status, modules and where they come from, users, storage, last sign-in; actions in a dialog. */
@Route(OperatorConsole.ROUTE_PREFIX)
@RolesAllowed("OPERATOR")
@OperatorConsole
class OperatorTenantsView extends VerticalLayout implements HasDynamicTitle {

    private final transient OperatorConsoleService console;
    private final Grid<TenantOverview> grid = new ListGrid<>();
    private final DateTimeFormatter dates;

    OperatorTenantsView(OperatorConsoleService console) {
        this.console = console;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(OperatorLayout.ZONE);
        setId("operator-tenants-view");
        setSizeFull();
        grid.setId("operator-tenants-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(t -> t.tenant().key()).setHeader(getTranslation("operator.tenants.key"));
        grid.addColumn(TenantOverview::name)
                .setHeader(getTranslation("operator.tenants.name"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::status).setHeader(getTranslation("operator.tenants.status"));
        grid.addColumn(t -> t.modules().stream()
                        .map(m -> getTranslation(m.nameKey()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("operator.tenants.modules"))
                .setFlexGrow(3);
        grid.addColumn(t -> sources(t.sources())).setHeader(getTranslation("operator.tenants.sources"));
        grid.addColumn(t -> (t.billing() == null
                                ? ""
                                : getTranslation(
                                        "billing.status." + t.billing().name().toLowerCase()))
                        + (t.readOnly() ? " · " + getTranslation("operator.tenants.read-only") : ""))
                .setHeader(getTranslation("operator.tenants.billing"));
        grid.addColumn(t -> t.users() == null ? "" : String.valueOf(t.users()))
                .setHeader(getTranslation("operator.tenants.users"));
        grid.addColumn(t -> t.storageBytes() == null ? "" : megabytes(t.storageBytes()))
                .setHeader(getTranslation("operator.tenants.storage"));
        grid.addColumn(t -> format(t.lastSignIn()))
                .setHeader(getTranslation("operator.tenants.last-sign-in-zone", OperatorLayout.ZONE.getId()));
        grid.addItemClickListener(e -> new OperatorTenantDialog(console, e.getItem(), this::refresh).open());
        refresh();
        add(OperatorLayout.timeZoneHint(), grid);
    }

    /** Usage is read per row the grid actually shows, not for every workspace up front. */
    void refresh() {
        grid.setItems(query -> console.tenants().stream()
                .skip(query.getOffset())
                .limit(query.getLimit())
                .map(console::overview));
    }

    Grid<TenantOverview> grid() {
        return grid;
    }

    private Span status(TenantOverview tenant) {
        Span badge = new Span(
                getTranslation("operator.status." + tenant.status().name().toLowerCase()));
        badge.addClassName("intervo-badge");
        badge.addClassName(tenant.status() == Tenant.Status.ACTIVE ? "success" : "error");
        return badge;
    }

    private String sources(Collection<? extends Enum<?>> sources) {
        return sources.stream()
                .map(s -> getTranslation("operator.source." + s.name().toLowerCase()))
                .collect(Collectors.joining(", "));
    }

    private String megabytes(long bytes) {
        return getTranslation("operator.tenants.megabytes", String.format(getLocale(), "%.1f", bytes / 1048576.0));
    }

    private String format(Instant instant) {
        return instant == null ? getTranslation("operator.tenants.never") : dates.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operator.tenants.title");
    }
}
