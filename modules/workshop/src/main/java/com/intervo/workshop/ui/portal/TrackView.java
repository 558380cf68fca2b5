package com.intervo.workshop.ui.portal;

import com.intervo.kernel.i18n.Messages;
import com.intervo.workshop.TrackingPortal;
import com.intervo.workshop.TrackingPortal.Lookup;
import com.intervo.workshop.TrackingPortal.Outcome;
import com.intervo.workshop.TrackingPortal.Tracked;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The public tracking page, no sign-in: type the code from the intake protocol (or scan its QR code, which opens
 * {@code /track/<code>}) and see the repair's status, dates and protocols. Phone-sized; may be framed.
 */
@Route(value = "track/:code?", autoLayout = false)
@AnonymousAllowed
class TrackView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TrackingPortal portal;
    private final transient java.util.List<com.intervo.workshop.PortalExtension> extensions;
    private final TextField code = new TextField();
    private final Div result = new Div();
    private final H1 title = new H1();
    private final Button check = new Button();

    TrackView(TrackingPortal portal, java.util.List<com.intervo.workshop.PortalExtension> extensions) {
        this.portal = portal;
        this.extensions = java.util.List.copyOf(extensions);
        setId("track-view");
        addClassName("intervo-login");
        setMaxWidth("36rem");
        title.addClassName("intervo-portal-title");
        code.setId("track-code");
        code.setMaxLength(20);
        code.setWidthFull();
        code.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        check.addClickListener(e -> show(code.getValue()));
        check.setId("track-check");
        label();
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(code, check);
        form.setWidthFull();
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.setId("track-result");
        result.setWidthFull();
        add(title, form, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(c -> {
            code.setValue(c);
            show(c);
        });
    }

    private void show(String typed) {
        result.removeAll();
        VaadinRequest request = VaadinRequest.getCurrent();
        String ip = request == null ? "?" : request.getRemoteAddr();
        Lookup<Tracked> found = portal.trackForCustomer(
                ip, request == null ? null : request.getHeader("Host"), typed, Messages.supported(getLocale()));
        if (found.outcome() != Outcome.FOUND) {
            Paragraph message = new Paragraph(getTranslation(
                    found.outcome() == Outcome.THROTTLED ? "workshop.portal.throttled" : "workshop.portal.not-found"));
            message.setId("track-message");
            message.addClassName("intervo-error");
            result.add(message);
            return;
        }
        Tracked t = found.value();
        // the code identifies the customer: the page speaks the customer's language, not the browser's
        Locale locale = Locale.forLanguageTag(t.language());
        if (!locale.getLanguage().equals(getLocale().getLanguage())) {
            UI.getCurrent().setLocale(locale);
            label();
        }
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.of(t.timeZone()));
        Span status = new Span(t.status());
        status.setId("track-status");
        status.addClassName("intervo-status");
        status.getStyle()
                .set("background", t.colour())
                .set("color", com.intervo.kernel.customization.StatusColours.textOn(t.colour()));
        Paragraph head = new Paragraph(status, new Span(" " + t.number()));
        result.add(head);
        fact("workshop.portal.device", t.device());
        if (t.amount() != null) {
            Paragraph amount =
                    new Paragraph(getTranslation(t.estimate() ? "workshop.portal.estimate" : "workshop.portal.amount")
                            + ": " + money(t.amount(), t.currency(), locale));
            amount.setId("track-amount");
            result.add(amount);
        }
        fact("workshop.portal.received", dates.format(t.receivedOn()));
        if (t.promisedDate() != null) {
            fact("workshop.portal.promised", dates.format(t.promisedDate()));
        }
        fact("workshop.portal.status-since", times.format(t.statusSince()));
        if (t.readyAt() != null) {
            fact("workshop.portal.ready-at", times.format(t.readyAt()));
        }
        if (t.handedOverAt() != null) {
            fact("workshop.portal.handed-over-at", times.format(t.handedOverAt()));
        }
        String base = "portal/api/track/" + t.code().replace("-", "");
        Anchor intake = new Anchor(base + "/intake.pdf", getTranslation("workshop.portal.intake-protocol"));
        intake.setId("track-intake-pdf");
        intake.setTarget("_blank");
        Div documents = new Div(intake);
        if (t.handoverProtocol()) {
            Anchor handover = new Anchor(base + "/handover.pdf", getTranslation("workshop.portal.handover-protocol"));
            handover.setId("track-handover-pdf");
            handover.setTarget("_blank");
            documents.add(new Span(" · "), handover);
        }
        result.add(documents);
        for (com.intervo.workshop.PortalExtension extension : extensions) {
            extension
                    .section(ip, request == null ? null : request.getHeader("Host"), t.code(), locale)
                    .ifPresent(result::add);
        }
        result.add(shop(t));
        UI.getCurrent()
                .getPage()
                .getHistory()
                .replaceState(null, "track/" + t.code().replace("-", ""));
    }

    /** Who the customer deals with: the shop's name and how to reach it. */
    private Div shop(Tracked t) {
        Div shop = new Div();
        shop.setId("track-shop");
        shop.addClassName("intervo-portal-shop");
        Paragraph name = new Paragraph(t.shopName());
        name.getStyle().set("font-weight", "600").set("margin-bottom", "0");
        shop.add(name);
        if (t.shopAddress() != null) {
            shop.add(new Paragraph(t.shopAddress()));
        }
        if (t.shopPhone() != null) {
            shop.add(new Paragraph(new Anchor("tel:" + t.shopPhone().replaceAll("[^0-9+]", ""), t.shopPhone())));
        }
        if (t.shopEmail() != null) {
            shop.add(new Paragraph(new Anchor("mailto:" + t.shopEmail(), t.shopEmail())));
        }
        shop.getChildren()
                .filter(Paragraph.class::isInstance)
                .forEach(p -> ((Paragraph) p).getStyle().set("margin", "0"));
        return shop;
    }

    private static String money(java.math.BigDecimal amount, String currency, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(locale);
        try {
            format.setCurrency(java.util.Currency.getInstance(currency));
        } catch (RuntimeException e) {
            return amount.toPlainString() + " " + currency;
        }
        return format.format(amount);
    }

    private void label() {
        title.setText(getTranslation("workshop.portal.title"));
        code.setLabel(getTranslation("workshop.portal.code"));
        code.setHelperText(getTranslation("workshop.portal.hint"));
        check.setText(getTranslation("workshop.portal.check"));
    }

    private void fact(String key, String value) {
        result.add(new Paragraph(getTranslation(key) + ": " + value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.portal.title");
    }
}
