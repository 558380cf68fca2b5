package com.intervo.kernel.mail;

import java.util.List;
import java.util.UUID;

/**
 * An e-mail to queue: recipient, subject, plain text (always) and HTML (optional) bodies, PDF or other
 * attachments, what it is for ({@code purpose}, e.g. {@code SHEET_READY}) and the record it belongs to (shown on
 * that record as "sent e-mails").
 */
public record OutboxMail(String recipient, String subject, String text, String html, String purpose,
                         String ownerType, UUID ownerId, List<Attachment> attachments) {

    public record Attachment(String fileName, String mediaType, byte[] content) {
    }

    public OutboxMail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
