package com.intervo.workshop.plus.ui;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.kernel.ui.Notifications;
import com.intervo.workshop.plus.PlusSettings;
import com.intervo.workshop.plus.PlusSettingsService;
import com.intervo.workshop.plus.QuoteTotals;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;

/**
 * How the workspace runs Workshop Plus (admins): evaluation by default, the evaluation fee charged when a quote is
 * declined, how long a quote is valid, how VAT is rounded, and whether the customer sees the problems' photos on the
 * portal. Saved over the version read: someone else's change in between is shown, not overwritten.
 */
@Route("workshop-plus/settings")
@Menu(title = "workshopplus.settings.title", order = 19, icon = "vaadin:cog-o")
@RolesAllowed("ADMIN")
class PlusSettingsView extends VerticalLayout implements HasDynamicTitle {

    private static final String STALE = "workshopplus.error.stale";

    private final transient PlusSettingsService settings;
    private transient PlusSettings current;

    private final Checkbox evaluationByDefault = new Checkbox();
    private final BigDecimalField fee = new BigDecimalField();
    private final IntegerField validity = new IntegerField();
    private final RadioButtonGroup<QuoteTotals.VatMode> vatMode = new RadioButtonGroup<>();
    private final Checkbox portalPhotos = new Checkbox();

    PlusSettingsView(PlusSettingsService settings, WorkspaceClock workspace) {
        this.settings = settings;
        setId("plus-settings-view");
        setMaxWidth("48rem");
        H2 title = new H2(getTranslation("workshopplus.settings.title"));

        evaluationByDefault.setId("plus-settings-evaluation");
        evaluationByDefault.setLabel(getTranslation("workshopplus.settings.evaluation-by-default"));
        Paragraph evaluationHint = hint(getTranslation("workshopplus.settings.evaluation-by-default-hint"));

        fee.setId("plus-settings-fee");
        fee.setLabel(getTranslation("workshopplus.settings.evaluation-fee"));
        fee.setHelperText(getTranslation("workshopplus.settings.evaluation-fee-hint"));
        fee.setSuffixComponent(new Span(workspace.currency()));
        fee.setWidth("min(16rem, 100%)");

        validity.setId("plus-settings-validity");
        validity.setLabel(getTranslation("workshopplus.settings.validity"));
        validity.setHelperText(getTranslation("workshopplus.settings.validity-hint"));
        validity.setMin(1);
        validity.setMax(365);
        validity.setStepButtonsVisible(true);
        validity.setWidth("min(16rem, 100%)");

        vatMode.setId("plus-settings-vat-mode");
        vatMode.setLabel(getTranslation("workshopplus.settings.vat-mode"));
        vatMode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        vatMode.setItems(QuoteTotals.VatMode.values());
        vatMode.setItemLabelGenerator(
                m -> getTranslation("workshopplus.settings.vat-mode." + m.name().toLowerCase(Locale.ROOT)));

        portalPhotos.setId("plus-settings-portal-photos");
        portalPhotos.setLabel(getTranslation("workshopplus.settings.portal-photos"));
        Paragraph photosHint = hint(getTranslation("workshopplus.settings.portal-photos-hint"));

        Button save = new Button(getTranslation("workshopplus.settings.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("plus-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(title, evaluationByDefault, evaluationHint, fee, validity, vatMode, portalPhotos, photosHint, save);
        current = settings.current();
        show();
    }

    private void show() {
        evaluationByDefault.setValue(current.evaluationByDefault());
        fee.setValue(current.evaluationFee());
        validity.setValue(current.quoteValidityDays());
        vatMode.setValue(current.vatMode());
        portalPhotos.setValue(current.portalPhotos());
    }

    private void save() {
        Map<String, HasValidation> fields =
                Map.of("evaluationFee", fee, "quoteValidityDays", validity, "vatMode", vatMode);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            PlusSettings wanted = new PlusSettings(
                    current.version(),
                    evaluationByDefault.getValue(),
                    fee.getValue(),
                    validity.getValue() == null ? 0 : validity.getValue(),
                    vatMode.getValue(),
                    portalPhotos.getValue());
            current = settings.save(wanted);
            show();
            Notifications.success("workshopplus.settings.saved");
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.CONFLICT && STALE.equals(e.messageKey())) {
                // someone else saved meanwhile: their settings are shown, to be changed again
                Notifications.error("workshopplus.settings.changed-reloaded");
                current = settings.current();
                show();
            } else {
                Notifications.show(e, fields);
            }
        } catch (RuntimeException e) {
            Notifications.show(e, fields);
        }
    }

    private static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("intervo-hint");
        p.getStyle().set("margin-top", "0");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshopplus.settings.title");
    }
}
