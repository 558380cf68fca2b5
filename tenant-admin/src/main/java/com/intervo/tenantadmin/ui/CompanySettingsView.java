package com.intervo.tenantadmin.ui;

import com.intervo.kernel.company.CompanyDetails;
import com.intervo.kernel.company.CompanyProfiles;
import com.intervo.kernel.company.Numbering;
import com.intervo.kernel.company.SeriesSettings;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Company settings: the data printed on documents, the workspace defaults and the numbering series. */
@Route("admin/company")
@Menu(title = "company.menu.title", order = 890, icon = "vaadin:building")
@RolesAllowed("ADMIN")
class CompanySettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient CompanyProfiles profiles;
    private final transient TenantDirectory tenants;
    private final transient WorkspaceClock clock;
    private final transient Numbering numbering;
    private final TenantId tenant;
    private final Grid<SeriesSettings> series = new ListGrid<>();
    private final Map<String, HasValidation> workspaceFields = new HashMap<>();
    private final Map<String, HasValidation> companyFields = new HashMap<>();
    private transient Runnable saveWorkspace;
    private transient Runnable saveCompany;

    CompanySettingsView(CompanyProfiles profiles, TenantDirectory tenants, WorkspaceClock clock, Numbering numbering) {
        this.profiles = profiles;
        this.tenants = tenants;
        this.clock = clock;
        this.numbering = numbering;
        this.tenant = TenantContext.require();
        setId("company-view");
        FormLayout workspace = workspaceForm();
        FormLayout company = companyForm();
        // one Save for both forms: the workspace defaults and the company data printed on documents
        Button save = new Button(getTranslation("company.save"), e -> save());
        save.setId("company-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H3(getTranslation("company.section.workspace")),
                workspace,
                new H3(getTranslation("company.section.company")),
                company,
                save,
                new H3(getTranslation("company.section.numbering")),
                seriesGrid());
    }

    private void save() {
        Map<String, HasValidation> all = new HashMap<>(workspaceFields);
        all.putAll(companyFields);
        all.values().forEach(f -> f.setInvalid(false));
        try {
            saveCompany.run();
            saveWorkspace.run();
            Notifications.success("company.saved");
        } catch (RuntimeException ex) {
            Notifications.show(ex, all);
        }
    }

    private FormLayout workspaceForm() {
        Tenant row = tenants.findActive(tenant.key()).orElseThrow();
        TextField name = new TextField(getTranslation("company.display-name"));
        name.setId("company-display-name");
        name.setValue(row.getDisplayName());
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("company.language"));
        language.setItems("en", "ro", "ru", "cs");
        language.setItemLabelGenerator(l -> Messages.nativeName(Locale.forLanguageTag(l)));
        language.setValue(row.getDefaultLocale());
        ComboBox<String> zone = new ComboBox<>(getTranslation("company.time-zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/"))
                .sorted()
                .toList());
        zone.setValue(row.getTimeZone());
        TextField currency = new TextField(getTranslation("company.currency"));
        currency.setMaxLength(3);
        currency.setValue(row.getCurrency());
        workspaceFields.putAll(Map.of("displayName", name, "timeZone", zone, "currency", currency));
        saveWorkspace = () -> tenants.changeDefaults(
                tenant,
                name.getValue(),
                language.getValue(),
                zone.getValue(),
                currency.getValue().strip().toUpperCase(Locale.ROOT));
        FormLayout form = new FormLayout(name, language, zone, currency);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        return form;
    }

    private FormLayout companyForm() {
        CompanyDetails d = profiles.details();
        Map<String, TextField> text = new HashMap<>();
        String[] keys = {
            "legalName",
            "taxId",
            "registrationNo",
            "street",
            "city",
            "county",
            "postalCode",
            "country",
            "phone",
            "website",
            "bankName",
            "iban"
        };
        String[] values = {
            d.legalName(),
            d.taxId(),
            d.registrationNo(),
            d.street(),
            d.city(),
            d.county(),
            d.postalCode(),
            d.country(),
            d.phone(),
            d.website(),
            d.bankName(),
            d.iban()
        };
        FormLayout form = new FormLayout();
        for (int i = 0; i < keys.length; i++) {
            TextField field = new TextField(getTranslation("company.field." + keys[i]));
            field.setId("company-" + keys[i]);
            field.setValue(values[i] == null ? "" : values[i]);
            text.put(keys[i], field);
            form.add(field);
        }
        EmailField email = new EmailField(getTranslation("company.field.email"));
        email.setId("company-email");
        email.setValue(d.email() == null ? "" : d.email());
        form.add(email);
        companyFields.putAll(text);
        companyFields.put("email", email);
        saveCompany = () -> profiles.save(new CompanyDetails(
                v(text, "legalName"),
                v(text, "taxId"),
                v(text, "registrationNo"),
                v(text, "street"),
                v(text, "city"),
                v(text, "county"),
                v(text, "postalCode"),
                v(text, "country"),
                v(text, "phone"),
                email.getValue(),
                v(text, "website"),
                v(text, "bankName"),
                v(text, "iban")));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        return form;
    }

    private static String v(Map<String, TextField> fields, String key) {
        return fields.get(key).getValue();
    }

    private Grid<SeriesSettings> seriesGrid() {
        int year = clock.today(tenant).getYear();
        series.setId("numbering-grid");
        series.addColumn(s -> getTranslation("company.series." + s.key().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("company.series.name"));
        series.addColumn(SeriesSettings::prefix).setHeader(getTranslation("company.series.prefix"));
        series.addColumn(s -> getTranslation(s.yearly() ? "company.series.yearly-yes" : "company.series.yearly-no"))
                .setHeader(getTranslation("company.series.yearly"));
        series.addColumn(s -> s.example(year)).setHeader(getTranslation("company.series.next"));
        series.addItemClickListener(e -> edit(e.getItem()));
        series.setItems(numbering.all());
        series.setAllRowsVisible(true);
        return series;
    }

    private void edit(SeriesSettings current) {
        Dialog dialog = new Dialog();
        dialog.setId("numbering-dialog");
        dialog.setHeaderTitle(getTranslation("company.series." + current.key().toLowerCase(Locale.ROOT)));
        TextField prefix = new TextField(getTranslation("company.series.prefix"));
        prefix.setId("numbering-prefix");
        prefix.setHelperText(getTranslation("company.series.prefix-help"));
        prefix.setValue(current.prefix());
        IntegerField padding = new IntegerField(getTranslation("company.series.padding"));
        padding.setValue(current.padding());
        Checkbox yearly = new Checkbox(getTranslation("company.series.yearly"), current.yearly());
        IntegerField next = new IntegerField(getTranslation("company.series.next-number"));
        next.setValue((int) Math.min(Integer.MAX_VALUE, current.nextNumber()));
        Button save = new Button(getTranslation("company.save"), e -> {
            try {
                numbering.configure(new SeriesSettings(
                        current.key(),
                        prefix.getValue(),
                        padding.getValue() == null ? 0 : padding.getValue(),
                        yearly.getValue(),
                        next.getValue() == null ? 0 : next.getValue()));
                Notifications.success("company.saved");
                dialog.close();
                series.setItems(numbering.all());
            } catch (RuntimeException ex) {
                Notifications.show(ex, Map.of("prefix", prefix, "padding", padding, "nextNumber", next));
            }
        });
        save.setId("numbering-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(prefix, padding, yearly, next));
        dialog.getFooter().add(new Button(getTranslation("company.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("company.menu.title");
    }
}
