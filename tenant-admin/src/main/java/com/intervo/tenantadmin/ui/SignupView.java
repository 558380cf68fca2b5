package com.intervo.tenantadmin.ui;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantProvisioning;
import com.intervo.tenantadmin.SignupRequest;
import com.intervo.tenantadmin.SignupService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.text.Collator;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Public sign-up: a company creates its workspace and starts a 14-day trial. The workspace name is checked while
 * it is typed; provisioning runs in the background with a progress bar; errors land on their fields.
 */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
class SignupView extends VerticalLayout implements HasDynamicTitle {

    private final transient SignupService signups;
    private final TextField company = new TextField();
    private final TextField workspace = new TextField();
    private final TextField adminName = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final ComboBox<String> country = new ComboBox<>();
    private final Select<Locale> language = new Select<>();
    private final ComboBox<String> currency = new ComboBox<>();
    private boolean currencyChosen;
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final CheckboxGroup<ModuleKey> modules = new CheckboxGroup<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Button submit = new Button();
    private final ProgressBar progress = new ProgressBar(0, TenantProvisioning.Step.values().length);
    private final Span status = new Span();
    private final Span error = new Span();

    /** The visitor's address, for the page's limits (behind a proxy: server.forward-headers-strategy). */
    private final String address;

    SignupView(SignupService signups) {
        this.signups = signups;
        this.address = java.util.Optional.ofNullable(com.vaadin.flow.server.VaadinRequest.getCurrent())
                .map(com.vaadin.flow.server.VaadinRequest::getRemoteAddr)
                .orElse("unknown");
        setId("signup-view");
        addClassName("intervo-login");
        setPadding(false);
        Locale locale = Messages.supported(getLocale());

        Paragraph intro = new Paragraph(getTranslation("signup.intro"));
        intro.addClassName("intervo-hint");

        company.setId("signup-company");
        company.setLabel(getTranslation("signup.company"));
        company.setMaxLength(200);

        workspace.setId("signup-workspace");
        workspace.setLabel(getTranslation("signup.workspace"));
        workspace.setHelperText(getTranslation("signup.workspace-help"));
        workspace.setMaxLength(31);
        workspace.setAutocapitalize(Autocapitalize.NONE);
        workspace.setValueChangeMode(ValueChangeMode.LAZY);
        workspace.addValueChangeListener(e -> checkWorkspace());

        adminName.setId("signup-admin-name");
        adminName.setLabel(getTranslation("signup.admin-name"));
        adminName.setHelperText(getTranslation("signup.admin-name-help"));
        adminName.setMaxLength(200);

        email.setId("signup-email");
        email.setLabel(getTranslation("signup.email"));
        email.setMaxLength(320);

        password.setId("signup-password");
        password.setLabel(getTranslation("signup.password"));
        password.setHelperText(getTranslation("signup.password-help", SignupService.MIN_PASSWORD));
        password.setMaxLength(200);

        country.setId("signup-country");
        country.setLabel(getTranslation("signup.country"));
        country.setItems(countriesByName(locale));
        country.setItemLabelGenerator(c -> Locale.of("", c).getDisplayCountry(locale));
        // the currency follows the country until the visitor picks one of their own
        country.addValueChangeListener(e -> {
            String suggested = currencyOf(e.getValue());
            if (suggested != null && !currencyChosen) {
                currency.setValue(suggested);
            }
        });

        language.setId("signup-language");
        language.setLabel(getTranslation("signup.language"));
        language.setItems(Messages.LOCALES);
        language.setItemLabelGenerator(Messages::nativeName);
        language.setValue(locale);

        currency.setId("signup-currency");
        currency.setLabel(getTranslation("signup.currency"));
        currency.setItems(Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode)
                .sorted()
                .toList());
        currency.setValue(Currency.getInstance("EUR").getCurrencyCode());
        currency.addValueChangeListener(e -> currencyChosen |= e.isFromClient());
        if (Arrays.asList(Locale.getISOCountries()).contains(getLocale().getCountry())) {
            country.setValue(getLocale().getCountry());
        }

        timeZone.setId("signup-time-zone");
        timeZone.setLabel(getTranslation("signup.time-zone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setValue(ZoneId.of("Europe/Bucharest").getId());

        modules.setId("signup-modules");
        modules.setLabel(getTranslation("signup.modules"));
        modules.setItems(ModuleKey.values());
        modules.setItemLabelGenerator(m -> getTranslation(m.nameKey()));
        modules.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        modules.setValue(EnumSet.of(ModuleKey.WORKSHOP_SIMPLE));

        fields.put("companyName", company);
        fields.put("workspace", workspace);
        fields.put("adminName", adminName);
        fields.put("email", email);
        fields.put("password", password);
        fields.put("country", country);
        fields.put("language", language);
        fields.put("currency", currency);
        fields.put("timeZone", timeZone);
        fields.put("modules", modules);
        fields.values().forEach(f -> ((com.vaadin.flow.component.HasSize) f).setWidthFull());

        error.setId("signup-error");
        error.addClassName("intervo-error");
        error.setVisible(false);
        progress.setId("signup-progress");
        progress.setVisible(false);
        status.setId("signup-status");

        submit.setText(getTranslation("signup.submit"));
        submit.setId("signup-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        submit.addClickListener(e -> submit());

        add(
                new H1(getTranslation("signup.title")),
                intro,
                company,
                workspace,
                adminName,
                email,
                password,
                country,
                language,
                currency,
                timeZone,
                modules,
                error,
                submit,
                progress,
                status);
    }

    /** Every country, in the order of its name in the page's language (not of its ISO code). */
    static List<String> countriesByName(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing((String c) -> Locale.of("", c).getDisplayCountry(locale), collator))
                .toList();
    }

    /** The country's own currency (RON for Romania), or null when it has none or the JDK does not know it. */
    static String currencyOf(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        try {
            Currency c = Currency.getInstance(Locale.of("", country));
            return c == null ? null : c.getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void checkWorkspace() {
        if (!signups.allowNameCheck(address)) {
            workspace.setErrorMessage(getTranslation("signup.error.too-many-checks"));
            workspace.setInvalid(true);
            return;
        }
        String key = workspace.getValue() == null ? "" : workspace.getValue().trim();
        if (key.isEmpty()) {
            workspace.setInvalid(false);
            workspace.setHelperText(getTranslation("signup.workspace-help"));
            return;
        }
        if (signups.isAvailable(key)) {
            workspace.setInvalid(false);
            workspace.setHelperText(getTranslation("signup.workspace-available"));
        } else {
            workspace.setErrorMessage(getTranslation(
                    com.intervo.kernel.tenancy.TenantId.isValid(key)
                            ? "signup.error.workspace-taken"
                            : "signup.error.workspace-invalid"));
            workspace.setInvalid(true);
        }
    }

    private void submit() {
        fields.values().forEach(f -> f.setInvalid(false));
        error.setVisible(false);
        SignupRequest request = new SignupRequest(
                company.getValue(),
                workspace.getValue().trim(),
                email.getValue(),
                password.getValue(),
                country.getValue(),
                language.getValue() == null ? null : language.getValue().getLanguage(),
                currency.getValue(),
                timeZone.getValue(),
                modules.getValue(),
                adminName.getValue().isBlank() ? null : adminName.getValue());
        try {
            signups.admit(address);
            signups.check(request);
        } catch (DomainException e) {
            failed(e.field(), getTranslation(e.messageKey(), e.params()));
            return;
        }
        UI ui = UI.getCurrent();
        submit.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("signup.working"));
        ui.setPollInterval(400);
        Thread.ofVirtual().name("signup-" + request.workspace()).start(() -> {
            try {
                SignupService.Signup done = signups.signUp(
                        request,
                        step -> ui.access(() -> {
                            progress.setValue(step.ordinal() + 1.0);
                            status.setText(
                                    getTranslation("signup.step." + step.name().toLowerCase(Locale.ROOT)));
                        }));
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    showDone(request, done);
                });
            } catch (DomainException e) {
                ui.access(() -> failed(e.field(), getTranslation(e.messageKey(), e.params())));
            } catch (RuntimeException e) {
                ui.access(() -> failed(null, getTranslation("signup.error.failed")));
            }
        });
    }

    private void failed(String field, String message) {
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        status.setText("");
        submit.setEnabled(true);
        HasValidation target = field == null ? null : fields.get(field);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
        error.setText(message);
        error.setVisible(true);
    }

    private void showDone(SignupRequest request, SignupService.Signup done) {
        removeAll();
        Paragraph text = new Paragraph(getTranslation(
                "signup.done.text", request.email().trim(), done.tenant().key()));
        text.setId("signup-done");
        Paragraph url = new Paragraph(getTranslation("signup.done.url"));
        Anchor link = new Anchor(done.workspaceUrl(), done.workspaceUrl());
        link.setId("signup-workspace-url");
        add(new H1(getTranslation("signup.done.title")), text, url, link);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title");
    }
}
