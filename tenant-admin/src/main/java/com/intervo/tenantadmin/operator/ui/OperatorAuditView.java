package com.intervo.tenantadmin.operator.ui;

import com.intervo.kernel.identity.OperatorAuditEntry;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.ui.OperatorConsole;
import com.intervo.tenantadmin.OperatorConsoleService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The latest operator actions, newest first. */
@Route(OperatorConsole.ROUTE_PREFIX + "/audit")
@RolesAllowed("OPERATOR")
@OperatorConsole
class OperatorAuditView extends VerticalLayout implements HasDynamicTitle {

    OperatorAuditView(OperatorConsoleService console) {
        setId("operator-audit-view");
        setSizeFull();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(OperatorLayout.ZONE);
        Grid<OperatorAuditEntry> grid = new ListGrid<>();
        grid.setId("operator-audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> dates.format(e.getAt()))
                .setHeader(getTranslation("operator.audit.at-zone", OperatorLayout.ZONE.getId()));
        grid.addColumn(OperatorAuditEntry::getOperatorUsername).setHeader(getTranslation("operator.audit.operator"));
        grid.addColumn(e ->
                        getTranslation("operator.action." + e.getAction().name().toLowerCase()))
                .setHeader(getTranslation("operator.audit.action"));
        grid.addColumn(e -> e.getTenantKey() == null ? "" : e.getTenantKey())
                .setHeader(getTranslation("operator.audit.tenant"));
        grid.addColumn(e -> e.getDetail() == null ? "" : e.getDetail())
                .setHeader(getTranslation("operator.audit.detail"))
                .setFlexGrow(3);
        grid.setItems(console.auditLog());
        add(OperatorLayout.timeZoneHint(), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operator.audit.title");
    }
}
