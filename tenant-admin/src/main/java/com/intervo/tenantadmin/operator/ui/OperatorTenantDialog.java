package com.intervo.tenantadmin.operator.ui;

import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.ui.LocalizedPickers;
import com.intervo.kernel.ui.Notifications;
import com.intervo.tenantadmin.OperatorConsoleService;
import com.intervo.tenantadmin.OperatorConsoleService.TenantOverview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The operator's actions on one workspace: extend the trial, grant a module, suspend or restore. */
class OperatorTenantDialog extends Dialog {

    private final transient OperatorConsoleService console;
    private final TenantOverview tenant;
    private final Runnable changed;

    OperatorTenantDialog(OperatorConsoleService console, TenantOverview tenant, Runnable changed) {
        this.console = console;
        this.tenant = tenant;
        this.changed = changed;
        setId("operator-tenant-dialog");
        setHeaderTitle(getTranslation(
                "operator.dialog.title", tenant.name(), tenant.tenant().key()));

        IntegerField days = new IntegerField(getTranslation("operator.dialog.trial-days"));
        days.setId("operator-trial-days");
        days.setMin(1);
        days.setMax(366);
        days.setValue(14);
        Button extend = new Button(
                getTranslation("operator.dialog.extend-trial"),
                e -> act(
                        () -> console.extendTrial(tenant.tenant(), days.getValue() == null ? 0 : days.getValue()),
                        "operator.dialog.trial-extended"));
        extend.setId("operator-extend-trial");
        HorizontalLayout trial = new HorizontalLayout(days, extend);
        trial.setWrap(true);
        trial.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);

        ComboBox<ModuleKey> module = new ComboBox<>(getTranslation("operator.dialog.module"));
        module.setId("operator-grant-module");
        module.setItems(ModuleKey.values());
        module.setItemLabelGenerator(m -> getTranslation(m.nameKey()));
        DatePicker through = LocalizedPickers.date(getTranslation("operator.dialog.through"));
        through.setId("operator-grant-through");
        through.setHelperText(getTranslation("operator.dialog.through-help"));
        through.setMin(LocalDate.now(ZoneOffset.UTC));
        Button grant = new Button(getTranslation("operator.dialog.grant"), e -> {
            if (module.getValue() != null) {
                act(
                        () -> console.grantModule(tenant.tenant(), module.getValue(), through.getValue()),
                        "operator.dialog.granted");
            }
        });
        grant.setId("operator-grant");
        HorizontalLayout manual = new HorizontalLayout(module, through, grant);
        // on a phone the fields go one under the other instead of past the dialog's edge
        manual.setWrap(true);
        manual.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);

        Button status;
        if (tenant.status() == Tenant.Status.SUSPENDED) {
            status = new Button(
                    getTranslation("operator.dialog.restore"),
                    e -> act(() -> console.restore(tenant.tenant()), "operator.dialog.restored"));
            status.setId("operator-restore");
        } else {
            status = new Button(
                    getTranslation("operator.dialog.suspend"),
                    e -> act(() -> console.suspend(tenant.tenant()), "operator.dialog.suspended"));
            status.setId("operator-suspend");
            status.addThemeVariants(ButtonVariant.LUMO_ERROR);
            status.setEnabled(tenant.status() == Tenant.Status.ACTIVE);
        }
        VerticalLayout body = new VerticalLayout(
                new H3(getTranslation("operator.dialog.trial")),
                trial,
                new H3(getTranslation("operator.dialog.manual")),
                manual,
                new H3(getTranslation("operator.dialog.status")),
                status);
        body.setPadding(false);
        add(body);
        Button close = new Button(getTranslation("operator.dialog.close"), e -> close());
        close.setId("operator-dialog-close");
        getFooter().add(close);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notifications.success(doneKey, tenant.tenant().key());
            close();
            changed.run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            Notifications.error("operator.dialog.failed");
        }
    }
}
