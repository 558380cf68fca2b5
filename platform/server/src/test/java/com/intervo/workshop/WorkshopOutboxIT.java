package com.intervo.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.intervo.crm.CustomerDraft;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.mail.OutboxMessageView;
import com.intervo.kernel.mail.OutboxStatus;
import com.intervo.kernel.mail.OutboxWorker;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Pdfs;
import com.intervo.testsupport.RefusingPort;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The e-mail outbox: SMTP down, nothing is lost; SMTP back, every queued e-mail arrives exactly once. */
@TenantIntegrationTest
class WorkshopOutboxIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    RepairQueue sheets;

    @Autowired
    SheetIntake sheetIntake;

    @Autowired
    OutboxWorker worker;

    @Autowired
    JavaMailSender mailSender;

    GreenMail smtp;
    RefusingPort down;

    @AfterEach
    void tearDown() {
        ((JavaMailSenderImpl) mailSender).setHost("");
        if (smtp != null) {
            smtp.stop();
        }
        if (down != null) {
            down.close();
        }
        fixtures.signOut();
        TenantContext.clear();
    }

    @Test
    void anSmtpOutageLosesNothingAndRecoveryDeliversEachMailOnce() throws Exception {
        down = RefusingPort.open();
        JavaMailSenderImpl impl = (JavaMailSenderImpl) mailSender;
        impl.setHost(RefusingPort.HOST);
        impl.setPort(down.port()); // every connection is refused: SMTP is down
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        fixtures.signIn(tenant, "dispatcher");
        List<SheetDetails> created = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            int n = i;
            created.add(TenantContext.callAs(
                    tenant,
                    () -> sheetIntake.intake(new Intake(
                            null,
                            null,
                            new CustomerDraft(
                                    Customer.Kind.PERSON,
                                    "Client " + n,
                                    null,
                                    "client" + n + "@outbox.example",
                                    null,
                                    "en",
                                    null,
                                    Map.of(),
                                    List.of(),
                                    List.of()),
                            null,
                            new Equipment.Draft(
                                    null,
                                    null,
                                    null,
                                    null,
                                    "SN-OUTBOX-" + n,
                                    "Laptop",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    Map.of()),
                            "Does not boot",
                            null,
                            null,
                            null,
                            null,
                            Map.of(),
                            null,
                            true))));
        }
        // the worker stops a round at the first refused connection
        assertThat(worker.deliverDue(tenant, Instant.now())).isZero();
        for (SheetDetails sheet : created) {
            List<OutboxMessageView> mails = TenantContext.callAs(tenant, () -> sheets.mails(sheet.id()));
            assertThat(mails)
                    .singleElement()
                    .satisfies(m -> assertThat(m.status()).isEqualTo(OutboxStatus.QUEUED));
        }
        assertThat(created.stream()
                        .flatMap(s -> TenantContext.callAs(tenant, () -> sheets.mails(s.id())).stream())
                        .filter(m -> m.attempts() > 0))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.lastError()).isNotBlank();
                    assertThat(m.nextAttemptAt()).isAfter(Instant.now().plusSeconds(5));
                });

        // SMTP is back
        smtp = new GreenMail(new ServerSetup(0, RefusingPort.HOST, ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        impl.setPort(smtp.getSmtp().getPort());
        Instant later = Instant.now().plus(Duration.ofDays(1));
        worker.deliverDue(tenant, later);
        assertThat(smtp.waitForIncomingEmail(15_000, 3)).isTrue();
        worker.deliverDue(tenant, later); // and again: nothing is sent twice
        Thread.sleep(300);
        MimeMessage[] received = smtp.getReceivedMessagesForDomain("outbox.example");
        Map<String, Long> perRecipient = Arrays.stream(received)
                .collect(Collectors.groupingBy(
                        m -> unchecked(x -> x.getAllRecipients()[0].toString(), m), Collectors.counting()));
        assertThat(perRecipient)
                .containsOnly(
                        Map.entry("client1@outbox.example", 1L),
                        Map.entry("client2@outbox.example", 1L),
                        Map.entry("client3@outbox.example", 1L));
        MimeMessage first = received[0];
        assertThat(first.getSubject()).startsWith("Your device is with us");
        String raw = GreenMailUtil.getWholeMessage(first);
        assertThat(raw).contains("application/pdf").contains("intake-FS-");
        // each customer gets the protocol of their own device, in their language (English)
        for (MimeMessage mail : received) {
            String n = mail.getAllRecipients()[0].toString().replaceAll("\\D", "");
            assertThat(Pdfs.text(pdfAttachment(mail)))
                    .contains(
                            "Intake protocol",
                            "Client " + n,
                            "client" + n + "@outbox.example",
                            "SN-OUTBOX-" + n,
                            "Does not boot");
        }
        for (SheetDetails sheet : created) {
            assertThat(TenantContext.callAs(tenant, () -> sheets.mails(sheet.id())))
                    .singleElement()
                    .satisfies(m -> {
                        assertThat(m.status()).isEqualTo(OutboxStatus.SENT);
                        assertThat(m.deliveredVia()).isEqualTo("SMTP");
                        assertThat(m.sentAt()).isNotNull();
                    });
        }
    }

    static byte[] pdfAttachment(MimeMessage mail) throws Exception {
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("application/pdf")) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("No PDF attached to " + mail.getSubject());
    }

    static <T> String unchecked(ThrowingFunction<T> f, T value) {
        try {
            return f.apply(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    interface ThrowingFunction<T> {
        String apply(T value) throws Exception;
    }
}
