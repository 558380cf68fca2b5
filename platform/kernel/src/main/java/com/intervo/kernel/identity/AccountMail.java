package com.intervo.kernel.identity;

import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.mail.PublicAddresses;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends the account e-mails (invitation, password reset) in the recipient's language through SMTP. With no
 * SMTP host configured ({@code spring.mail.host} empty) the mail, link included, goes to the log instead, so
 * the application works without a mail account.
 */
@Component
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final Messages messages;
    private final String from;

    AccountMail(ObjectProvider<JavaMailSender> sender, Messages messages, PublicAddresses addresses) {
        this.sender = sender;
        this.messages = messages;
        this.from = addresses.mailFrom();
    }

    void send(String to, Locale locale, String subjectKey, String bodyKey, Object... params) {
        String subject = messages.getTranslation(subjectKey, locale, params);
        String body = messages.getTranslation(bodyKey, locale, params);
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null
                || (mail instanceof JavaMailSenderImpl impl
                        && (impl.getHost() == null || impl.getHost().isBlank()))) {
            log.info("No SMTP host configured (SMTP_HOST); the mail to {} is not sent:\n{}\n\n{}", to, subject, body);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        mail.send(message);
    }

    static boolean isAddress(String email) {
        if (email == null || email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return false;
        }
        try {
            new InternetAddress(email, true).validate();
            return true;
        } catch (jakarta.mail.internet.AddressException e) {
            return false;
        }
    }
}
