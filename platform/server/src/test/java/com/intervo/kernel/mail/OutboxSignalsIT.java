package com.intervo.kernel.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.intervo.kernel.live.ClusterSignals;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.RefusingPort;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The outbox worker looks only into workspaces that have mail: a queued message is signalled to every replica, a
 * retry is remembered for its time, and every workspace is looked into only at the (rare) full sweep. (The
 * scheduled rounds are off in the tests; the rounds here are the same method.)
 */
@TenantIntegrationTest
class OutboxSignalsIT {

    @Autowired
    OutboxWorker worker;

    @Autowired
    Outbox outbox;

    @Autowired
    ClusterSignals signals;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    JavaMailSender mailSender;

    @AfterEach
    void smtpOff() {
        ((JavaMailSenderImpl) mailSender).setHost("");
        TenantContext.clear();
    }

    private UUID queue(TenantId tenant, String to) {
        return TenantContext.callAs(
                tenant,
                () -> outbox.enqueue(
                        new OutboxMail(to, "Your repair", "It is ready.", null, "TEST_MAIL", null, null, List.of())));
    }

    @Test
    void onlyWorkspacesWithMailAreLookedIntoBetweenSweeps() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> signals.isListening(Outbox.CHANNEL));
        TenantId quiet = fixtures.newTenant();
        TenantId busy = fixtures.newTenant();
        Instant t = Instant.now().plus(Duration.ofHours(1));

        // a full sweep looks into every active workspace, the rounds after it into none of these two
        assertThat(worker.poll(t)).contains(quiet, busy);
        assertThat(worker.poll(t.plusSeconds(10))).doesNotContain(quiet, busy);

        // mail queued in one workspace: every worker hears of it and looks there (and only there) next round
        queue(busy, "client@busy.example");
        List<Set<TenantId>> rounds = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Set<TenantId> visited = worker.poll(t.plusSeconds(20));
            rounds.add(visited);
            return visited.contains(busy);
        });
        assertThat(rounds).noneMatch(r -> r.contains(quiet));
        assertThat(TenantContext.callAs(busy, () -> outbox.count(OutboxStatus.SENT)))
                .isEqualTo(1);
        assertThat(worker.poll(t.plusSeconds(30))).doesNotContain(busy);

        // SMTP down: the failed message's next attempt is remembered, and looked into when it is due
        JavaMailSenderImpl impl = (JavaMailSenderImpl) mailSender;
        try (RefusingPort down = RefusingPort.open()) {
            impl.setHost(RefusingPort.HOST);
            impl.setPort(down.port());
            queue(busy, "second@busy.example");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> worker.poll(t.plusSeconds(40)).contains(busy));
            assertThat(TenantContext.callAs(busy, () -> outbox.count(OutboxStatus.QUEUED)))
                    .isEqualTo(1);
            // the first retry waits 30 s after the failed attempt
            assertThat(worker.poll(t.plusSeconds(60))).doesNotContain(busy);
            impl.setHost("");
        }
        assertThat(worker.poll(t.plusSeconds(71))).contains(busy);
        assertThat(TenantContext.callAs(busy, () -> outbox.count(OutboxStatus.SENT)))
                .isEqualTo(2);
        assertThat(worker.poll(t.plusSeconds(80))).doesNotContain(quiet, busy);
    }
}
