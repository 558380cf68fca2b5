package com.intervo.dispatch;

import com.intervo.kernel.company.CompanyProfiles;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.mail.Outbox;
import com.intervo.kernel.mail.OutboxMail;
import com.intervo.kernel.tenancy.WorkspaceClock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails to the customer about a ticket, queued in the outbox inside the transaction that caused them (the
 * released work report, the delay), so a mail exists exactly when the change committed. In the customer's language;
 * nothing is queued when the customer has no valid address.
 */
@Component
class TicketMails {

    static final String OWNER_TYPE = "TICKET";

    private final Outbox outbox;
    private final FileStorage files;
    private final Messages messages;
    private final CompanyProfiles company;
    private final WorkspaceClock workspace;

    TicketMails(
            Outbox outbox, FileStorage files, Messages messages, CompanyProfiles company, WorkspaceClock workspace) {
        this.outbox = outbox;
        this.files = files;
        this.messages = messages;
        this.company = company;
        this.workspace = workspace;
    }

    @TransactionalEventListener(
            phase = TransactionPhase.BEFORE_COMMIT,
            condition = "@licenses.isLicensed(#event.tenant(), 'DISPATCH')")
    void workReportReleased(WorkReportReleased event) {
        if (!Outbox.isAddress(event.customerEmail())) {
            return;
        }
        Locale locale = Messages.supported(Locale.forLanguageTag(event.language() == null ? "en" : event.language()));
        String companyName = company.nameForCustomers();
        String subject =
                messages.getTranslation("dispatch.mail.report.subject", locale, event.reportNumber(), companyName);
        String body = messages.getTranslation(
                "dispatch.mail.report.body",
                locale,
                event.customerName(),
                event.ticketNumber(),
                event.reportNumber(),
                companyName);
        byte[] pdf = files.read(event.reportFileId());
        outbox.enqueue(new OutboxMail(
                event.customerEmail().strip(),
                oneLine(subject),
                body,
                OutboxMail.textToHtml(body),
                "TICKET_WORK_REPORT",
                OWNER_TYPE,
                event.ticketId(),
                List.of(new OutboxMail.Attachment(event.reportNumber() + ".pdf", "application/pdf", pdf))));
    }

    @TransactionalEventListener(
            phase = TransactionPhase.BEFORE_COMMIT,
            condition = "@licenses.isLicensed(#event.tenant(), 'DISPATCH')")
    void delayNotified(CustomerDelayNotified event) {
        if (!Outbox.isAddress(event.customerEmail())) {
            return;
        }
        Locale locale = Messages.supported(Locale.forLanguageTag(event.language() == null ? "en" : event.language()));
        ZoneId zone = workspace.zone(event.tenant());
        String eta = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(event.eta());
        String companyName = company.nameForCustomers();
        String subject =
                messages.getTranslation("dispatch.mail.delay.subject", locale, event.ticketNumber(), companyName);
        String body = messages.getTranslation(
                "dispatch.mail.delay.body",
                locale,
                event.customerName(),
                event.ticketNumber(),
                eta,
                event.message() == null ? "" : event.message(),
                companyName);
        outbox.enqueue(new OutboxMail(
                event.customerEmail().strip(),
                oneLine(subject),
                body,
                OutboxMail.textToHtml(body),
                "TICKET_DELAY",
                OWNER_TYPE,
                event.ticketId(),
                List.of()));
    }

    private static String oneLine(String subject) {
        String line = subject.replaceAll("[\\r\\n]+", " ").strip();
        return line.length() > 500 ? line.substring(0, 500) : line;
    }
}
