package com.intervo.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A real SMTP server (GreenMail) on a free local port for a test class, with the application's mail sender pointed
 * at it before each test (mailboxes emptied) and back to "no SMTP" after it:
 * {@code @RegisterExtension static final MailCatcher mail = new MailCatcher();}.
 */
public final class MailCatcher implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private GreenMail smtp;

    /** The server, to wait for and read what arrived. */
    public GreenMail smtp() {
        return smtp;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        smtp.stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        JavaMailSenderImpl sender = sender(context);
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        smtp.purgeEmailFromAllMailboxes();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        sender(context).setHost("");
    }

    private static JavaMailSenderImpl sender(ExtensionContext context) {
        return (JavaMailSenderImpl)
                SpringExtension.getApplicationContext(context).getBean(JavaMailSender.class);
    }
}
