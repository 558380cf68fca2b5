package com.intervo.technician;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.technician.core.api.TicketDetails;
import com.intervo.technician.core.outbox.CallKind;
import com.intervo.technician.core.outbox.PendingCall;
import com.intervo.technician.data.AppDatabase;
import com.intervo.technician.data.SqliteOutboxStore;
import com.intervo.technician.data.SqliteTicketStore;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;

/** The phone's SQLite keeps the outbox in order and the tickets with their cursor across a restart of the app. */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, application = TestTechnicianApp.class)
public class SqliteStoresTest {

    @Test
    public void theOutboxSurvivesARestartInOrderWithItsKeysAndStates() {
        AppDatabase db = new AppDatabase(RuntimeEnvironment.getApplication(), "stores-test.db");
        SqliteOutboxStore outbox = new SqliteOutboxStore(db);
        UUID ticket = UUID.randomUUID();
        PendingCall accept = outbox.add(new PendingCall(CallKind.ACCEPT, ticket, "T-1", "POST", "/a", "{}"));
        PendingCall enRoute = outbox.add(new PendingCall(CallKind.EN_ROUTE, ticket, "T-1", "POST", "/b", "{}"));
        PendingCall photo = outbox.add(new PendingCall(CallKind.PHOTO, ticket, "T-1", "POST", "/c", "{}"));
        photo.filePath = "/data/outbox/p.jpg";
        photo.mediaType = "image/jpeg";
        outbox.update(photo);
        enRoute.state = PendingCall.State.CONFLICT;
        enRoute.problem = "Lucrarea a fost realocată";
        outbox.update(enRoute);
        outbox.remove(accept.seq);
        db.close();

        SqliteOutboxStore reopened =
                new SqliteOutboxStore(new AppDatabase(RuntimeEnvironment.getApplication(), "stores-test.db"));
        List<PendingCall> calls = reopened.all();
        assertThat(calls).extracting(c -> c.kind).containsExactly(CallKind.EN_ROUTE, CallKind.PHOTO);
        assertThat(calls.get(0).key).isEqualTo(enRoute.key);
        assertThat(calls.get(0).state).isEqualTo(PendingCall.State.CONFLICT);
        assertThat(calls.get(0).problem).isEqualTo("Lucrarea a fost realocată");
        assertThat(calls.get(1).filePath).isEqualTo("/data/outbox/p.jpg");
        PendingCall later = reopened.add(new PendingCall(CallKind.FINISH, ticket, "T-1", "POST", "/d", "{}"));
        assertThat(later.seq).as("sequence numbers never go back").isGreaterThan(photo.seq);
    }

    @Test
    public void ticketsAndTheCursorSurviveARestart() {
        AppDatabase db = new AppDatabase(RuntimeEnvironment.getApplication(), "tickets-test.db");
        SqliteTicketStore store = new SqliteTicketStore(db);
        TicketDetails t = Fixtures.ticket("T-2026-00042", "ASSIGNED", "URGENT", LocalDate.now());
        store.put(t);
        store.cursor(1137);
        t.summary.stage = "ACCEPTED";
        store.put(t);
        db.close();

        SqliteTicketStore reopened =
                new SqliteTicketStore(new AppDatabase(RuntimeEnvironment.getApplication(), "tickets-test.db"));
        assertThat(reopened.cursor()).isEqualTo(1137);
        assertThat(reopened.all()).hasSize(1);
        TicketDetails back = reopened.get(t.id());
        assertThat(back.summary.stage).isEqualTo("ACCEPTED");
        assertThat(back.checklist).hasSize(3);
        assertThat(back.summary.desiredDate).isEqualTo(t.summary.desiredDate);
        reopened.clear();
        assertThat(reopened.all()).isEmpty();
        assertThat(reopened.cursor()).isZero();
    }
}
