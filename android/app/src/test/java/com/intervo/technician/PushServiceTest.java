package com.intervo.technician;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

import android.app.Notification;
import android.app.NotificationManager;
import android.content.Intent;
import android.os.Bundle;
import com.google.firebase.messaging.RemoteMessage;
import com.intervo.technician.push.PushService;
import com.intervo.technician.ui.TicketActivity;
import java.util.UUID;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;

/** A push message the server sent (FCM) is shown on the tickets channel and opens its ticket; signed out, nothing. */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, application = TestTechnicianApp.class)
public class PushServiceTest {

    @Test
    public void aMessageAboutATicketIsShownAndOpensIt() {
        TechnicianApp app = Fixtures.signedIn();
        UUID ticket = UUID.randomUUID();
        PushService service =
                Robolectric.buildService(PushService.class).create().get();
        service.onMessageReceived(message(ticket, "Lucrare nouă T-2026-00042", "Ion Popescu: centrala nu pornește"));

        NotificationManager notifications = app.getSystemService(NotificationManager.class);
        Notification shown = shadowOf(notifications).getNotification(ticket.hashCode());
        assertThat(shown).isNotNull();
        assertThat(shown.getChannelId()).isEqualTo(TechnicianApp.CHANNEL_TICKETS);
        assertThat(shown.extras.getString(Notification.EXTRA_TITLE)).isEqualTo("Lucrare nouă T-2026-00042");
        Intent opens = shadowOf(shown.contentIntent).getSavedIntent();
        assertThat(opens.getComponent().getClassName()).isEqualTo(TicketActivity.class.getName());
        assertThat(opens.getStringExtra("ticketId")).isEqualTo(ticket.toString());
    }

    @Test
    public void signedOutNothingIsShown() {
        TechnicianApp app = (TechnicianApp) org.robolectric.RuntimeEnvironment.getApplication();
        PushService service =
                Robolectric.buildService(PushService.class).create().get();
        service.onMessageReceived(message(UUID.randomUUID(), "Lucrare nouă", "…"));
        assertThat(shadowOf(app.getSystemService(NotificationManager.class)).getAllNotifications())
                .isEmpty();
    }

    private static RemoteMessage message(UUID ticket, String title, String body) {
        Bundle bundle = new Bundle();
        bundle.putString("google.message_id", UUID.randomUUID().toString());
        bundle.putString("title", title);
        bundle.putString("body", body);
        bundle.putString("type", "ASSIGNED");
        bundle.putString("ticketId", ticket.toString());
        bundle.putString("ticketNumber", "T-2026-00042");
        bundle.putString("workspace", "demo");
        return new RemoteMessage(bundle);
    }
}
