package com.intervo.kernel.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where people reach the application and who its e-mails come from, bound once for every module.
 *
 * @param publicUrl {@code intervo.public-url}: the address people reach the application at; links in e-mails and
 *                  QR codes start with it (without a trailing slash); https makes the session cookie secure
 * @param mail      {@code intervo.mail.from}: the sender of every e-mail
 */
@ConfigurationProperties("intervo")
public record PublicAddresses(String publicUrl, Mail mail) {

    public record Mail(String from) {}

    public PublicAddresses {
        publicUrl =
                (publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl).replaceAll("/+$", "");
        mail = mail == null || mail.from() == null || mail.from().isBlank()
                ? new Mail("Intervo <no-reply@localhost>")
                : mail;
    }

    /** The sender of every e-mail, e.g. {@code Intervo <no-reply@example.com>}. */
    public String mailFrom() {
        return mail.from();
    }
}
