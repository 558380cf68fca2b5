package com.intervo.dispatch.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.intervo.dispatch.TicketDesk;
import com.intervo.dispatch.TicketDraft;
import com.intervo.dispatch.TicketPriority;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Live updates go through PostgreSQL: a change is NOTIFYed at commit (never on rollback), every replica's listener
 * hears it on its own connection, and only the subscribers of that tenant get it.
 */
@TenantIntegrationTest
class DispatchLiveUpdatesIT {

    @Autowired
    LiveUpdates live;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    com.intervo.dispatch.DispatchFixturesAccess dispatch;

    @Autowired
    TicketDesk desk;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aCommittedChangeReachesTheSubscribersOfItsTenantOnly() {
        await().atMost(Duration.ofSeconds(10)).until(live::isListening);
        var ws = dispatch.workspace();
        TenantId other = fixtures.newTenant();
        List<LiveUpdates.Change> mine = new CopyOnWriteArrayList<>();
        List<LiveUpdates.Change> theirs = new CopyOnWriteArrayList<>();
        LiveUpdates.Subscription a = live.subscribe(ws.tenant(), mine::add);
        LiveUpdates.Subscription b = live.subscribe(other, theirs::add);
        try {
            UUID id = dispatch.as(
                    ws.tenant(),
                    "dispatcher",
                    () -> desk.open(TicketDraft.call(
                                    ws.customerId(),
                                    null,
                                    ws.equipmentId(),
                                    "Nu pornește",
                                    TicketPriority.NORMAL,
                                    null))
                            .id());
            await().atMost(Duration.ofSeconds(10)).until(() -> mine.stream().anyMatch(c -> c.id().equals(id)));
            assertThat(mine).allSatisfy(c -> {
                assertThat(c.tenant()).isEqualTo(ws.tenant());
                assertThat(c.kind()).isEqualTo(LiveUpdates.Kind.TICKET);
            });

            // a rolled-back change is never announced
            UUID ghost = UUID.randomUUID();
            com.intervo.kernel.tenancy.TenantContext.runAs(
                    ws.tenant(),
                    () -> tx.executeWithoutResult(s -> {
                        live.announce(ws.tenant(), LiveUpdates.Kind.TICKET, ghost);
                        s.setRollbackOnly();
                    }));

            // another replica announces through the database: the same path
            UUID remote = UUID.randomUUID();
            try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), "postgres", "postgres");
                    PreparedStatement notify = c.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, LiveUpdates.CHANNEL);
                notify.setString(2, ws.tenant().key() + ":P:" + remote);
                notify.execute();
                notify.setString(2, "not a payload");
                notify.execute();
                notify.setString(2, "Robert'); DROP TABLE ticket;--:T:" + remote);
                notify.execute();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> mine.stream().anyMatch(c -> c.id().equals(remote)));
            assertThat(mine)
                    .filteredOn(c -> c.id().equals(remote))
                    .singleElement()
                    .satisfies(c -> assertThat(c.kind()).isEqualTo(LiveUpdates.Kind.POSITION));
            assertThat(mine).noneMatch(c -> c.id().equals(ghost));
            assertThat(theirs).isEmpty();
        } finally {
            a.cancel();
            b.cancel();
        }
        assertThat(live.subscribers(ws.tenant())).isZero();
    }
}
