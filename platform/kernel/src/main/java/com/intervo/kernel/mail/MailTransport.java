package com.intervo.kernel.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one outbox message to SMTP (Spring Mail, {@code spring.mail.*} from the environment). With no SMTP host
 * configured the message goes to the log instead and counts as delivered "via LOG", so the demo needs no account.
 */
@Component
@EnableConfigurationProperties(PublicAddresses.class)
class MailTransport {

    private static final Logger log = LoggerFactory.getLogger(MailTransport.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    MailTransport(ObjectProvider<JavaMailSender> sender, PublicAddresses addresses) {
        this.sender = sender;
        this.from = addresses.mailFrom();
    }

    /** Sends the message; returns "SMTP" or "LOG". Throws when the SMTP server refuses or cannot be reached. */
    String send(OutboxMessage message) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null
                || (mail instanceof JavaMailSenderImpl impl
                        && (impl.getHost() == null || impl.getHost().isBlank()))) {
            log.info(
                    "No SMTP host configured (SMTP_HOST); outbox e-mail {} to {} written to the log:\n{}\n\n{}{}",
                    message.getId(),
                    message.getRecipient(),
                    message.getSubject(),
                    message.getBodyText(),
                    message.getAttachments().isEmpty()
                            ? ""
                            : "\n[attachments: "
                                    + message.getAttachments().stream()
                                            .map(OutboxAttachment::getFileName)
                                            .toList() + "]");
            return "LOG";
        }
        try {
            MimeMessage mime = mail.createMimeMessage();
            boolean multipart =
                    message.getBodyHtml() != null || !message.getAttachments().isEmpty();
            MimeMessageHelper helper = new MimeMessageHelper(mime, multipart, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.getRecipient());
            helper.setSubject(message.getSubject());
            if (message.getBodyHtml() != null) {
                helper.setText(message.getBodyText(), message.getBodyHtml());
            } else {
                helper.setText(message.getBodyText());
            }
            for (OutboxAttachment a : message.getAttachments()) {
                helper.addAttachment(a.getFileName(), new ByteArrayResource(a.getContent()), a.getMediaType());
            }
            // a header receivers can use to drop a duplicate, should a crash ever resend a message
            mime.setHeader("X-Intervo-Message-Id", message.getId().toString());
            mail.send(mime);
            return "SMTP";
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot build the e-mail: " + e.getMessage(), e);
        }
    }
}
