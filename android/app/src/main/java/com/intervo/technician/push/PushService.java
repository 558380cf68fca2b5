package com.intervo.technician.push;

import android.app.Notification;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.Intent;
import com.google.firebase.messaging.FirebaseMessagingService;
import com.google.firebase.messaging.RemoteMessage;
import com.intervo.technician.R;
import com.intervo.technician.TechnicianApp;
import com.intervo.technician.ui.TicketActivity;
import java.util.Map;
import java.util.UUID;

/**
 * Firebase Cloud Messaging for the app: a new token is registered with the server; a message (the server sends a
 * title, a body and the data type, ticketId, ticketNumber and workspace) starts a sync and is shown on the tickets
 * channel, opening its ticket. Firebase calls {@link #onMessageReceived} while the app is in the foreground; with the
 * app in the background or closed Android shows the message's notification itself (channel and icon: the manifest's
 * com.google.firebase.messaging.default_* meta-data).
 */
public class PushService extends FirebaseMessagingService {

    @Override
    public void onNewToken(String token) {
        Push.register(TechnicianApp.of(this), token);
    }

    @Override
    public void onMessageReceived(RemoteMessage message) {
        TechnicianApp app = TechnicianApp.of(this);
        if (!app.signedIn()) {
            return;
        }
        app.requestSync();
        Map<String, String> data = message.getData();
        RemoteMessage.Notification shown = message.getNotification();
        String title = shown != null && shown.getTitle() != null ? shown.getTitle() : data.get("title");
        String body = shown != null && shown.getBody() != null ? shown.getBody() : data.get("body");
        if (title == null && body == null) {
            return;
        }
        UUID ticketId = uuid(data.get("ticketId"));
        // a ticket's notification has the id the on-duty event stream uses for it: one replaces the other
        int id = ticketId != null
                ? ticketId.hashCode()
                : String.valueOf(message.getMessageId()).hashCode();
        Intent open = ticketId != null
                ? TicketActivity.intent(this, ticketId)
                : getPackageManager().getLaunchIntentForPackage(getPackageName());
        Notification.Builder notification = new Notification.Builder(this, TechnicianApp.CHANNEL_TICKETS)
                .setSmallIcon(R.drawable.ic_notification)
                .setContentTitle(title)
                .setContentText(body)
                .setStyle(new Notification.BigTextStyle().bigText(body))
                .setAutoCancel(true);
        if (open != null) {
            notification.setContentIntent(PendingIntent.getActivity(
                    this, id, open, PendingIntent.FLAG_IMMUTABLE | PendingIntent.FLAG_UPDATE_CURRENT));
        }
        getSystemService(NotificationManager.class).notify(id, notification.build());
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
