package com.intervo.workshop.plus.ui;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.i18n.Formats;
import com.intervo.kernel.i18n.Messages;
import com.intervo.workshop.PortalExtension;
import com.intervo.workshop.TrackingPortal.Lookup;
import com.intervo.workshop.TrackingPortal.Outcome;
import com.intervo.workshop.plus.Plus;
import com.intervo.workshop.plus.PortalQuotes;
import com.intervo.workshop.plus.PortalQuotes.PortalLine;
import com.intervo.workshop.plus.PortalQuotes.PortalQuote;
import com.intervo.workshop.plus.QuoteDocuments;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The quote on the public tracking page: when the code's workspace has a quote to show, its lines (stacked, readable
 * on a phone), totals with VAT, validity, the problems the evaluation found and the PDF as sent; while it waits for
 * the customer, an optional comment and Accept / Decline. Every text in the language the page speaks to the customer.
 * Reads and decisions go through {@link PortalQuotes}, with the portal's limits and the visitor's address.
 */
@org.springframework.stereotype.Component
class PortalQuoteSection implements PortalExtension {

    private final PortalQuotes quotes;
    private final Messages messages;

    PortalQuoteSection(PortalQuotes quotes, Messages messages) {
        this.quotes = quotes;
        this.messages = messages;
    }

    @Override
    public Optional<Component> section(String clientIp, String host, String code, Locale locale) {
        Lookup<Optional<PortalQuote>> found = quotes.quote(clientIp, host, code);
        if (found.outcome() != Outcome.FOUND || found.value().isEmpty()) {
            return Optional.empty();
        }
        QuoteSection section = new QuoteSection(this, clientIp, host, code, Messages.supported(locale));
        section.show(found.value().get(), null);
        return Optional.of(section);
    }

    /** The section as shown: it redraws itself after the customer decides. */
    static final class QuoteSection extends Div {

        private final transient PortalQuoteSection owner;
        private final String clientIp;
        private final String host;
        private final String code;
        private final Locale locale;

        QuoteSection(PortalQuoteSection owner, String clientIp, String host, String code, Locale locale) {
            this.owner = owner;
            this.clientIp = clientIp;
            this.host = host;
            this.code = code;
            this.locale = locale;
            setId("portal-quote");
            addClassName("portal-quote");
            setWidthFull();
            getStyle()
                    .set("margin", "var(--lumo-space-m) 0")
                    .set("padding", "var(--lumo-space-m)")
                    .set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)")
                    .set("box-sizing", "border-box");
        }

        private String t(String key, Object... params) {
            return owner.messages.getTranslation(key, locale, params);
        }

        private String money(BigDecimal amount, String currency) {
            return Formats.money(amount, currency, locale);
        }

        /** Draws the quote; {@code messageKey}: something to tell the customer above it (a refused decision). */
        void show(PortalQuote q, String messageKey) {
            removeAll();
            H2 title = new H2(t(
                    q.supplementary() ? "workshopplus.portal.supplementary-title" : "workshopplus.portal.quote-title",
                    q.number()));
            title.setId("portal-quote-title");
            title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin-top", "0");
            add(title);
            if (messageKey != null) {
                add(message(messageKey));
            }
            add(status(q));
            if (!q.problems().isEmpty()) {
                add(problems(q.problems()));
            }
            if (!q.photos().isEmpty()) {
                add(photos(q.photos()));
            }
            add(lines(q));
            add(totals(q));
            Anchor pdf =
                    new Anchor("portal/quote/" + code.replace("-", "") + "/quote.pdf", t("workshopplus.portal.pdf"));
            pdf.setId("portal-quote-pdf");
            pdf.setTarget("_blank");
            add(new Paragraph(pdf));
            if (q.decidable()) {
                add(decision(q));
            }
        }

        private Paragraph message(String key) {
            Paragraph p = new Paragraph(t(key));
            p.setId("portal-quote-message");
            p.addClassName("intervo-error");
            p.getStyle().set("color", "var(--lumo-error-text-color)");
            return p;
        }

        /** Waiting until a date, expired, or how the customer decided. */
        private Paragraph status(PortalQuote q) {
            Paragraph p = new Paragraph();
            if (q.status() == Plus.QuoteStatus.ACCEPTED || q.status() == Plus.QuoteStatus.DECLINED) {
                boolean accepted = q.status() == Plus.QuoteStatus.ACCEPTED;
                Span badge = new Span(t(accepted ? "workshopplus.portal.accepted" : "workshopplus.portal.declined"));
                badge.addClassName("intervo-badge");
                badge.addClassName(accepted ? "success" : "error");
                p.add(badge);
                p.setId("portal-quote-decision");
            } else if (q.decidable()) {
                p.setText(t("workshopplus.portal.valid-until", Formats.date(q.validUntil(), locale)));
                p.setId("portal-quote-validity");
            } else {
                p.setText(t("workshopplus.error.quote-expired"));
                p.setId("portal-quote-expired");
            }
            return p;
        }

        private Div problems(List<QuoteDocuments.Problem> problems) {
            Div box = new Div(heading("workshopplus.portal.problems"));
            box.setId("portal-quote-problems");
            for (QuoteDocuments.Problem problem : problems) {
                Div item = new Div();
                item.addClassName("portal-quote-problem");
                item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
                Span what = new Span(t("workshopplus.portal.problem", problem.point(), blank(problem.defect())));
                what.getStyle().set("font-weight", "600");
                item.add(what);
                if (problem.cause() != null && !problem.cause().isBlank()) {
                    item.add(small(t("workshopplus.portal.cause", problem.cause())));
                }
                if (problem.note() != null && !problem.note().isBlank()) {
                    item.add(small(problem.note()));
                }
                box.add(item);
            }
            return box;
        }

        /** The photos of the problems found, when the workshop shows them on the portal. */
        private Div photos(List<PortalQuotes.PortalPhoto> photos) {
            Div box = new Div();
            box.setId("portal-quote-photos");
            box.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
            String base = "portal/quote/" + code.replace("-", "") + "/photos/";
            for (PortalQuotes.PortalPhoto photo : photos) {
                Image image = new Image(base + photo.id(), photo.point());
                image.addClassName("portal-quote-photo");
                image.getStyle()
                        .set("width", "min(100%, 9rem)")
                        .set("height", "auto")
                        .set("border-radius", "var(--lumo-border-radius-m)");
                Anchor open = new Anchor(base + photo.id(), image);
                open.setTarget("_blank");
                box.add(open);
            }
            return box;
        }

        /** One stacked row per line: what, then quantity × unit price and the line's total, VAT and warranty. */
        private Div lines(PortalQuote q) {
            Div box = new Div(heading("workshopplus.portal.lines"));
            box.setId("portal-quote-lines");
            for (int i = 0; i < q.lines().size(); i++) {
                PortalLine line = q.lines().get(i);
                Div row = new Div();
                row.setId("portal-quote-line-" + i);
                row.addClassName("portal-quote-line");
                row.getStyle()
                        .set("padding", "var(--lumo-space-s) 0")
                        .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
                Div description = new Div(new Span(line.description()));
                description.getStyle().set("font-weight", "600").set("overflow-wrap", "anywhere");
                row.add(description);
                Span amount = new Span(t(
                        "workshopplus.portal.quantity-price",
                        Formats.number(line.quantity(), locale),
                        blank(line.unit()),
                        money(line.unitPrice(), q.currency())));
                Span total = new Span(money(line.gross(), q.currency()));
                total.addClassName("portal-quote-line-total");
                total.getStyle().set("font-weight", "600").set("white-space", "nowrap");
                Div figures = new Div(amount, total);
                figures.getStyle()
                        .set("display", "flex")
                        .set("flex-wrap", "wrap")
                        .set("justify-content", "space-between")
                        .set("gap", "var(--lumo-space-s)");
                row.add(figures);
                if (line.warranty()) {
                    Span warranty = new Span(t("workshopplus.portal.warranty-line"));
                    warranty.addClassName("intervo-badge");
                    warranty.addClassName("success");
                    row.add(new Div(warranty));
                } else if (!q.reverseCharge() && line.vatRate() != null) {
                    row.add(small(t("workshopplus.portal.vat-rate", Formats.number(line.vatRate(), locale))));
                }
                box.add(row);
            }
            return box;
        }

        private Div totals(PortalQuote q) {
            Div box = new Div();
            box.setId("portal-quote-totals");
            box.getStyle().set("margin-top", "var(--lumo-space-s)");
            box.add(total("workshopplus.portal.net", money(q.net(), q.currency()), false));
            box.add(total("workshopplus.portal.vat", money(q.vat(), q.currency()), false));
            Div gross = total("workshopplus.portal.gross", money(q.gross(), q.currency()), true);
            gross.setId("portal-quote-gross");
            box.add(gross);
            if (q.reverseCharge()) {
                box.add(small(t("workshopplus.portal.reverse-charge")));
            }
            return box;
        }

        private Div total(String key, String value, boolean strong) {
            Div row = new Div(new Span(t(key)), new Span(value));
            row.getStyle()
                    .set("display", "flex")
                    .set("justify-content", "space-between")
                    .set("gap", "var(--lumo-space-m)");
            if (strong) {
                row.getStyle().set("font-weight", "700").set("font-size", "var(--lumo-font-size-l)");
            }
            return row;
        }

        /** The customer's answer: an optional comment, then Accept or Decline. */
        private Div decision(PortalQuote q) {
            TextArea comment = new TextArea(t("workshopplus.portal.comment"));
            comment.setId("portal-quote-comment");
            comment.setMaxLength(2000);
            comment.setWidthFull();
            comment.setHelperText(t("workshopplus.portal.comment-hint"));
            Button accept = new Button(t("workshopplus.portal.accept"), VaadinIcon.CHECK.create());
            accept.setId("portal-quote-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button decline = new Button(t("workshopplus.portal.decline"), VaadinIcon.CLOSE.create());
            decline.setId("portal-quote-decline");
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            List<Button> both = List.of(accept, decline);
            accept.addClickListener(e -> decide(q, true, comment, both));
            decline.addClickListener(e -> decide(q, false, comment, both));
            accept.setDisableOnClick(true);
            decline.setDisableOnClick(true);
            for (Button b : both) {
                b.getStyle().set("flex", "1 1 10rem");
            }
            Div buttons = new Div(accept, decline);
            buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
            Div box = new Div(
                    heading("workshopplus.portal.decide"),
                    small(t("workshopplus.portal.decide-hint")),
                    comment,
                    buttons);
            box.setId("portal-quote-decide");
            return box;
        }

        private void decide(PortalQuote q, boolean accept, TextArea comment, List<Button> buttons) {
            comment.setInvalid(false);
            PortalQuotes.Result result;
            try {
                result = owner.quotes.decide(clientIp, host, code, q.id(), accept, comment.getValue());
            } catch (DomainException e) {
                // the comment is the customer's to fix (too long, control characters); nothing was decided
                comment.setErrorMessage(t(e.messageKey(), e.params()));
                comment.setInvalid(true);
                buttons.forEach(b -> b.setEnabled(true));
                return;
            }
            switch (result) {
                case DONE -> reload(null);
                case CONFLICT -> reload("workshopplus.portal.already-decided");
                case NOT_FOUND -> gone("workshopplus.portal.no-quote");
                case THROTTLED -> gone("workshop.portal.throttled");
            }
        }

        /** Reads the quote again and draws it as it stands now. */
        private void reload(String messageKey) {
            Lookup<Optional<PortalQuote>> found = owner.quotes.quote(clientIp, host, code);
            if (found.outcome() == Outcome.FOUND && found.value().isPresent()) {
                show(found.value().get(), messageKey);
            } else {
                gone(
                        found.outcome() == Outcome.THROTTLED
                                ? "workshop.portal.throttled"
                                : "workshopplus.portal.no-quote");
            }
        }

        private void gone(String messageKey) {
            removeAll();
            add(message(messageKey));
        }

        private H3 heading(String key) {
            H3 h = new H3(t(key));
            h.getStyle().set("font-size", "var(--lumo-font-size-l)");
            return h;
        }

        private static Div small(String text) {
            Div d = new Div(new Span(text));
            d.addClassName("intervo-hint");
            return d;
        }

        private static String blank(String text) {
            return text == null ? "" : text;
        }
    }
}
