package com.intervo.kernel.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.MailCatcher;
import com.intervo.testsupport.RefusingPort;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * "Each e-mail once, whatever the number of replicas": delivery rounds of several workers over the same due messages
 * (as every replica runs one) send each message exactly once, a message another worker holds is passed over rather
 * than waited for or sent again, and a message whose last attempt failed is never sent again.
 */
@TenantIntegrationTest
class OutboxDeliveryIT {

    @RegisterExtension
    static final MailCatcher catcher = new MailCatcher();

    static final String OWNER = "OUTBOX_TEST";

    @Autowired
    OutboxWorker worker;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSettings settings;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    JavaMailSender mailSender;

    final ExecutorService replicas = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        replicas.shutdownNow();
        TenantContext.clear();
    }

    private UUID queue(TenantId tenant, UUID owner, String to) {
        return TenantContext.callAs(
                tenant,
                () -> outbox.enqueue(new OutboxMail(
                        to, "Your repair " + to, "It is ready.", null, "TEST_MAIL", OWNER, owner, List.of())));
    }

    private Map<String, Long> receivedPerRecipient() {
        return Arrays.stream(catcher.smtp().getReceivedMessages())
                .collect(Collectors.groupingBy(OutboxDeliveryIT::recipient, Collectors.counting()));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoWorkersStartedTogetherSendEachMailExactlyOnce() throws Exception {
        TenantId tenant = fixtures.newTenant();
        UUID owner = UUID.randomUUID();
        List<String> recipients = IntStream.rangeClosed(1, 16)
                .mapToObj(i -> "client" + i + "@race.example")
                .toList();
        recipients.forEach(to -> queue(tenant, owner, to));
        Instant now = Instant.now().plusSeconds(1);

        // two replicas' rounds over the same due messages, released at the same moment
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Integer>> rounds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            rounds.add(replicas.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return worker.deliverDue(tenant, now);
            }));
        }
        int sent = 0;
        List<Throwable> crashed = new ArrayList<>();
        for (Future<Integer> round : rounds) {
            try {
                sent += round.get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                crashed.add(e.getCause());
            }
        }

        // what the customers got comes first: a round that crashed may have sent a duplicate before it did
        assertThat(catcher.smtp().waitForIncomingEmail(10_000, recipients.size()))
                .isTrue();
        Thread.sleep(200); // a duplicate would arrive with the rest
        assertThat(receivedPerRecipient())
                .isEqualTo(recipients.stream().collect(Collectors.toMap(Function.identity(), to -> 1L)));
        assertThat(crashed).isEmpty();
        assertThat(sent).isEqualTo(recipients.size());
        assertThat(TenantContext.callAs(tenant, () -> outbox.of(OWNER, owner)))
                .hasSize(recipients.size())
                .allSatisfy(m -> {
                    assertThat(m.status()).isEqualTo(OutboxStatus.SENT);
                    assertThat(m.deliveredVia()).isEqualTo("SMTP");
                });
        // and nothing is left for a later round
        assertThat(worker.deliverDue(tenant, now.plus(Duration.ofDays(1)))).isZero();
    }

    @Test
    void aMessageAnotherWorkerHoldsIsPassedOverNotAwaitedNorSentTwice() throws Exception {
        TenantId tenant = fixtures.newTenant();
        UUID owner = UUID.randomUUID();
        UUID held = queue(tenant, owner, "held@race.example");
        queue(tenant, owner, "free1@race.example");
        queue(tenant, owner, "free2@race.example");
        Instant now = Instant.now().plusSeconds(1);

        // another replica has claimed the oldest message and is still sending it (its transaction is open)
        try (Connection other = DriverManager.getConnection(TestDatabase.jdbcUrl(), "postgres", "postgres")) {
            other.setAutoCommit(false);
            try (PreparedStatement claim = other.prepareStatement(
                    "select id from " + tenant.schema() + ".outbox_message where id = ? for update")) {
                claim.setObject(1, held);
                assertThat(claim.executeQuery().next()).isTrue();
            }
            Future<Integer> round = replicas.submit(() -> worker.deliverDue(tenant, now));
            assertThat(round.get(20, TimeUnit.SECONDS))
                    .as("the round neither waits for nor sends the held message")
                    .isEqualTo(2);
            other.rollback();
        }
        assertThat(catcher.smtp().waitForIncomingEmail(10_000, 2)).isTrue();
        assertThat(receivedPerRecipient()).containsOnlyKeys("free1@race.example", "free2@race.example");

        // released: the next round sends it, once
        assertThat(worker.deliverDue(tenant, now)).isEqualTo(1);
        assertThat(catcher.smtp().waitForIncomingEmail(10_000, 3)).isTrue();
        assertThat(receivedPerRecipient())
                .isEqualTo(Map.of("held@race.example", 1L, "free1@race.example", 1L, "free2@race.example", 1L));
    }

    @Test
    void afterTheLastAttemptAMessageIsFailedAndNothingMoreIsSent() {
        TenantId tenant = fixtures.newTenant();
        UUID owner = UUID.randomUUID();
        queue(tenant, owner, "unlucky@race.example");
        JavaMailSenderImpl sender = (JavaMailSenderImpl) mailSender;
        Instant at = Instant.now().plusSeconds(1);
        try (RefusingPort down = RefusingPort.open()) {
            sender.setPort(down.port());
            for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
                assertThat(worker.deliverDue(tenant, at)).isZero();
                OutboxMessageView view = TenantContext.callAs(tenant, () -> outbox.of(OWNER, owner))
                        .getFirst();
                assertThat(view.attempts()).isEqualTo(attempt);
                assertThat(view.status())
                        .isEqualTo(attempt < settings.maxAttempts() ? OutboxStatus.QUEUED : OutboxStatus.FAILED);
                at = at.plus(settings.maxBackoff()).plusSeconds(1); // past the next attempt's time
            }
        }

        // SMTP is back: the given-up message stays given up, however much later a round comes
        sender.setPort(catcher.smtp().getSmtp().getPort());
        assertThat(worker.deliverDue(tenant, at)).isZero();
        assertThat(worker.deliverDue(tenant, at.plus(Duration.ofDays(30)))).isZero();
        assertThat(catcher.smtp().getReceivedMessages()).isEmpty();
        assertThat(TenantContext.callAs(tenant, () -> outbox.of(OWNER, owner)))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.status()).isEqualTo(OutboxStatus.FAILED);
                    assertThat(m.attempts()).isEqualTo(settings.maxAttempts());
                    assertThat(m.sentAt()).isNull();
                    assertThat(m.lastError()).contains("Connect");
                });
    }
}
