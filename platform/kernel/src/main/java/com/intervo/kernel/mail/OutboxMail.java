package com.intervo.kernel.mail;

import java.util.List;
import java.util.UUID;

/**
 * An e-mail to queue: recipient, subject, plain text (always) and HTML (optional) bodies, PDF or other
 * attachments, what it is for ({@code purpose}, e.g. {@code SHEET_READY}) and the record it belongs to (shown on
 * that record as "sent e-mails").
 */
public record OutboxMail(
        String recipient,
        String subject,
        String text,
        String html,
        String purpose,
        String ownerType,
        UUID ownerId,
        List<Attachment> attachments) {

    public record Attachment(String fileName, String mediaType, byte[] content) {}

    public OutboxMail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** Plain text as simple HTML: escaped, paragraphs and line breaks kept, the given links clickable. */
    public static String textToHtml(String text, String... links) {
        String escaped = org.springframework.web.util.HtmlUtils.htmlEscape(text);
        for (String link : links) {
            if (link != null && !link.isEmpty()) {
                String safe = org.springframework.web.util.HtmlUtils.htmlEscape(link);
                escaped = escaped.replace(safe, "<a href=\"" + safe + "\">" + safe + "</a>");
            }
        }
        return "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>"
                + escaped.replace("\r\n", "\n").replace("\n\n", "</p><p>").replace("\n", "<br>")
                + "</p></body></html>";
    }
}
