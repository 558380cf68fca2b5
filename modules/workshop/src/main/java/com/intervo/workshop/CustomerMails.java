package com.intervo.workshop;

import com.intervo.kernel.company.CompanyProfiles;
import com.intervo.kernel.mail.Outbox;
import com.intervo.kernel.mail.OutboxMail;
import com.intervo.kernel.portal.PublicCodes;
import com.intervo.workshop.domain.MailText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Queues the e-mails to the customer in the outbox, in the customer's language and the tenant's wording. */
@Component
class CustomerMails {

    private final WorkshopMailTexts texts;
    private final Outbox outbox;
    private final SheetDocuments documents;
    private final CompanyProfiles company;

    CustomerMails(WorkshopMailTexts texts, Outbox outbox, SheetDocuments documents, CompanyProfiles company) {
        this.texts = texts;
        this.outbox = outbox;
        this.documents = documents;
        this.company = company;
    }

    /** Queues the mail when the customer has an address; returns whether one was queued. */
    boolean queue(
            MailText.Kind kind,
            SheetDetails sheet,
            String statusLabel,
            String note,
            String address,
            List<OutboxMail.Attachment> attachments) {
        String to = address != null && !address.isBlank()
                ? address.strip()
                : sheet.customer().email();
        if (to == null || !Outbox.isAddress(to)) {
            return false;
        }
        WorkshopMailTexts.Text text = texts.text(kind, sheet.language());
        Map<String, String> values = Map.of(
                "customer", sheet.customer().name(),
                "number", sheet.number(),
                "device", sheet.equipment().displayName(),
                "serial", sheet.equipment().serialNumber(),
                "status", statusLabel == null ? "" : statusLabel,
                "trackingCode", PublicCodes.display(sheet.trackingCode()),
                "portalUrl", documents.portalUrl(sheet),
                "company", company.nameForCustomers(),
                "note", note == null ? "" : note.strip());
        String subject =
                fill(text.subject(), values).replaceAll("[\\r\\n]+", " ").strip();
        String body = fill(text.body(), values);
        outbox.enqueue(new OutboxMail(
                to,
                subject.length() > 500 ? subject.substring(0, 500) : subject,
                body,
                html(body, documents.portalUrl(sheet)),
                "SHEET_" + kind.name(),
                SheetGuard.OWNER_TYPE,
                sheet.id(),
                attachments));
        return true;
    }

    static String fill(String template, Map<String, String> values) {
        String result = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", e.getValue());
        }
        return result;
    }

    /** The text as simple HTML: escaped, line breaks kept, the portal link clickable. */
    static String html(String text, String portalUrl) {
        return OutboxMail.textToHtml(text, portalUrl);
    }

    static Locale locale(SheetDetails sheet) {
        return Locale.forLanguageTag(sheet.language());
    }
}
