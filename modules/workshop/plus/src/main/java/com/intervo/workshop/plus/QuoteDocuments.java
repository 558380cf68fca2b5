package com.intervo.workshop.plus;

import com.intervo.kernel.company.CompanyProfiles;
import com.intervo.kernel.documents.DocumentService;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.files.StoredFile;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.mail.Outbox;
import com.intervo.kernel.mail.OutboxMail;
import com.intervo.kernel.portal.PublicCodes;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.SheetDocuments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A quote's PDF from the workspace's REPAIR_QUOTE template in the customer's language, stored as issued when sent (a
 * later change of template, company or customer leaves the sent copy as it was), and its e-mail through the outbox.
 */
@Component
public class QuoteDocuments {

    /** Issued quote PDFs belong to the quote under this owner type. */
    static final String FILE_OWNER = "WORKSHOP_PLUS_QUOTE";

    /** The owner type of the sheet's e-mails (Simple lists them on the sheet). */
    static final String SHEET_OWNER = "SERVICE_SHEET";

    private final DocumentService documents;
    private final SheetDocuments sheetDocuments;
    private final FileStorage files;
    private final Outbox outbox;
    private final Messages messages;
    private final CompanyProfiles company;
    private final PlusSettingsService settings;

    QuoteDocuments(
            DocumentService documents,
            SheetDocuments sheetDocuments,
            FileStorage files,
            Outbox outbox,
            Messages messages,
            CompanyProfiles company,
            PlusSettingsService settings) {
        this.settings = settings;
        this.documents = documents;
        this.sheetDocuments = sheetDocuments;
        this.files = files;
        this.outbox = outbox;
        this.messages = messages;
        this.company = company;
    }

    /** A problem found, as the quote lists it. */
    public record Problem(String point, String defect, String cause, String note) {}

    public record Pdf(String fileName, byte[] content) {}

    record Issued(Pdf pdf, UUID fileId) {}

    Issued issue(SheetDetails sheet, PlusSheet plus, Quote quote, List<Problem> problems) {
        Pdf pdf = render(sheet, plus, quote, problems);
        StoredFile file = files.store(FILE_OWNER, quote.id(), pdf.fileName(), pdf.content());
        return new Issued(pdf, file.id());
    }

    Pdf issued(Quote quote) {
        StoredFile file = files.get(quote.fileId());
        return new Pdf(file.originalName(), files.readOwned(FILE_OWNER, quote.id(), quote.fileId()));
    }

    /** Reads an issued quote for the portal, which found the sheet by its code (nobody signed in). */
    Pdf issuedForPortal(Quote quote) {
        return new Pdf(fileName(quote, null), files.readOwned(FILE_OWNER, quote.id(), quote.fileId()));
    }

    static String fileName(Quote quote, String sheetNumber) {
        return "quote-" + (sheetNumber == null ? "" : sheetNumber + "-") + quote.number() + ".pdf";
    }

    Pdf render(SheetDetails sheet, PlusSheet plus, Quote quote, List<Problem> problems) {
        Locale locale = Locale.forLanguageTag(sheet.language());
        Map<String, Object> model = sheetDocuments.common(sheet, locale);
        model.put(
                "document",
                Map.of(
                        "number",
                        sheet.number() + "/" + quote.number(),
                        "date",
                        (quote.sentAt() == null ? java.time.Instant.now() : quote.sentAt())
                                .atZone(sheetDocuments.zone())
                                .toLocalDate()));
        model.put(
                "quote",
                Map.of(
                        "version",
                        quote.number(),
                        "validUntil",
                        quote.validUntil(),
                        "supplementary",
                        quote.supplementary()));
        List<Map<String, Object>> found = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("point", p.point());
            row.put("defect", p.defect());
            row.put("cause", p.cause() == null ? "" : p.cause());
            row.put("note", p.note() == null ? "" : p.note());
            found.add(row);
        }
        model.put("problems", found);
        model.put("hasProblems", !found.isEmpty());
        List<Map<String, Object>> lines = new ArrayList<>();
        int position = 1;
        for (Quote.Line l : quote.lines()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("position", position++);
            row.put(
                    "kind",
                    messages.getTranslation("workshopplus.line." + l.kind().name(), locale));
            row.put("code", l.code() == null ? "" : l.code());
            row.put("description", l.description());
            row.put("quantity", l.quantity().stripTrailingZeros().toPlainString());
            row.put("unit", l.unit());
            row.put("unitPrice", money(l.unitPrice(), quote));
            row.put("vatRate", l.vatRate().stripTrailingZeros().toPlainString());
            row.put("net", l.net());
            row.put("vat", l.vat());
            row.put("gross", l.gross());
            row.put("warranty", l.warranty());
            lines.add(row);
        }
        model.put("lines", lines);
        model.put("hasLines", !lines.isEmpty());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (QuoteTotals.VatGroup g : quote.vatGroups()) {
            groups.add(Map.of("rate", g.rate().stripTrailingZeros().toPlainString(), "base", g.base(), "vat", g.vat()));
        }
        model.put("vatGroups", groups);
        model.put("totals", Map.of("net", quote.net(), "vat", quote.vat(), "gross", quote.gross()));
        model.put("reverseCharge", quote.reverseCharge());
        model.put("warranty", warrantyText(plus, locale));
        BigDecimal fee = settings.current().evaluationFee();
        model.put("evaluationFee", quote.supplementary() || fee.signum() == 0 ? "" : money(fee, quote));
        model.put("trackingQr", SheetDocuments.qrDataUri(sheetDocuments.portalUrl(sheet)));
        return new Pdf(
                fileName(quote, sheet.number()), documents.render(WorkshopPlusModule.REPAIR_QUOTE, locale, model));
    }

    private String warrantyText(PlusSheet plus, Locale locale) {
        return switch (plus.warranty()) {
            case NONE -> "";
            case EQUIPMENT ->
                messages.getTranslation(
                        "workshopplus.warranty.equipment-until",
                        locale,
                        plus.warrantyUntil() == null ? "" : plus.warrantyUntil());
            case MANUFACTURER ->
                messages.getTranslation("workshopplus.warranty.manufacturer-claim", locale, plus.warrantyClaim());
        };
    }

    private static String money(BigDecimal amount, Quote quote) {
        int digits = java.util.Currency.getInstance(quote.currency()).getDefaultFractionDigits();
        return amount.setScale(
                        Math.max(digits, Math.min(4, amount.stripTrailingZeros().scale())),
                        java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    /**
     * E-mails the issued quote with the portal link to {@code to}, else the customer's address; answers the address
     * used, null when there is none (the quote is then handed over on paper).
     */
    String mail(SheetDetails sheet, Quote quote, Issued issued, String to) {
        String address = to != null ? to : sheet.customer().email();
        if (address == null || !Outbox.isAddress(address)) {
            if (to != null) {
                throw com.intervo.kernel.errors.DomainException.invalid("workshopplus.error.email", "emailTo");
            }
            return null;
        }
        Locale locale = Locale.forLanguageTag(sheet.language());
        String portal = sheetDocuments.portalUrl(sheet);
        String subject = messages.getTranslation(
                quote.supplementary() ? "workshopplus.mail.supplementary-subject" : "workshopplus.mail.quote-subject",
                locale,
                sheet.number() + "/" + quote.number(),
                sheet.equipment().displayName(),
                company.nameForCustomers());
        String body = messages.getTranslation(
                "workshopplus.mail.quote-body",
                locale,
                sheet.customer().name(),
                sheet.equipment().displayName(),
                quote.gross().toPlainString() + " " + quote.currency(),
                quote.validUntil(),
                portal,
                PublicCodes.display(sheet.trackingCode()),
                company.nameForCustomers());
        outbox.enqueue(new OutboxMail(
                address,
                subject.replaceAll("[\\r\\n]+", " ").strip(),
                body,
                OutboxMail.textToHtml(body, portal),
                "PLUS_QUOTE",
                SHEET_OWNER,
                sheet.id(),
                List.of(new OutboxMail.Attachment(
                        issued.pdf().fileName(), "application/pdf", issued.pdf().content()))));
        return address;
    }
}
