package com.intervo.technician.duty;

import android.Manifest;
import android.app.Notification;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.app.Service;
import android.content.Context;
import android.content.Intent;
import android.content.pm.PackageManager;
import android.content.pm.ServiceInfo;
import android.location.Location;
import android.location.LocationListener;
import android.location.LocationManager;
import android.os.Build;
import android.os.Bundle;
import android.os.IBinder;
import android.os.Looper;
import com.intervo.technician.R;
import com.intervo.technician.TechnicianApp;
import com.intervo.technician.core.api.ApiException;
import com.intervo.technician.core.sync.EventStream;
import com.intervo.technician.core.sync.LocationBuffer;
import com.intervo.technician.ui.TicketActivity;
import com.intervo.technician.ui.TicketListActivity;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/**
 * On duty: the persistent notification Android requires, location fixes at the workspace's interval sent in batches,
 * and the server's event stream kept open so a new or changed ticket reaches the phone at once. Off duty: nothing
 * runs and nothing is tracked.
 */
public class DutyService extends Service implements LocationListener {

    private static final int NOTIFICATION = 1;
    /** Fixes wait at most this long for a full batch. */
    private static final long MAX_BATCH_WAIT_MS = 5 * 60_000;

    private final LocationBuffer buffer = new LocationBuffer();
    private volatile boolean running;
    private volatile EventStream stream;
    private Thread listener;
    private Thread sender;
    private long lastSent;

    public static void start(Context context) {
        context.startForegroundService(new Intent(context, DutyService.class));
    }

    public static void stop(Context context) {
        context.stopService(new Intent(context, DutyService.class));
    }

    @Override
    public int onStartCommand(Intent intent, int flags, int startId) {
        TechnicianApp app = TechnicianApp.of(this);
        if (!app.signedIn() || !app.onDuty()) {
            stopSelf();
            return START_NOT_STICKY;
        }
        Notification notification = notification(app);
        if (Build.VERSION.SDK_INT >= 29) {
            startForeground(NOTIFICATION, notification, ServiceInfo.FOREGROUND_SERVICE_TYPE_LOCATION);
        } else {
            startForeground(NOTIFICATION, notification);
        }
        if (!running) {
            running = true;
            lastSent = System.currentTimeMillis();
            track(app);
            listen(app);
        }
        return START_STICKY;
    }

    private Notification notification(TechnicianApp app) {
        PendingIntent open = PendingIntent.getActivity(
                this, 0, new Intent(this, TicketListActivity.class), PendingIntent.FLAG_IMMUTABLE);
        return new Notification.Builder(this, TechnicianApp.CHANNEL_DUTY)
                .setSmallIcon(R.drawable.ic_notification)
                .setContentTitle(getString(R.string.duty_notification_title))
                .setContentText(getString(R.string.duty_notification_text, app.locationIntervalSeconds()))
                .setOngoing(true)
                .setContentIntent(open)
                .build();
    }

    private void track(TechnicianApp app) {
        if (checkSelfPermission(Manifest.permission.ACCESS_FINE_LOCATION) != PackageManager.PERMISSION_GRANTED) {
            return;
        }
        LocationManager lm = getSystemService(LocationManager.class);
        long every = app.locationIntervalSeconds() * 1000L;
        for (String provider : new String[] {LocationManager.GPS_PROVIDER, LocationManager.NETWORK_PROVIDER}) {
            try {
                if (lm.isProviderEnabled(provider)) {
                    lm.requestLocationUpdates(provider, every, 0f, this, Looper.getMainLooper());
                }
            } catch (SecurityException | IllegalArgumentException e) {
                // that provider is not on this phone
            }
        }
    }

    @Override
    public void onLocationChanged(Location location) {
        buffer.add(new LocationBuffer.Fix(
                Instant.ofEpochMilli(location.getTime()),
                location.getLatitude(),
                location.getLongitude(),
                location.hasAccuracy() ? (double) location.getAccuracy() : null));
        TechnicianApp app = TechnicianApp.of(this);
        boolean full = buffer.size() >= app.pingBatchSize();
        boolean waited = System.currentTimeMillis() - lastSent > MAX_BATCH_WAIT_MS;
        if ((full || waited) && (sender == null || !sender.isAlive())) {
            sender = new Thread(() -> send(app), "intervo-locations");
            sender.start();
        }
    }

    private void send(TechnicianApp app) {
        try {
            buffer.flush(app.api(), app.pingBatchSize());
            lastSent = System.currentTimeMillis();
        } catch (IOException | ApiException | RuntimeException e) {
            // kept for the next fix: the batch goes again with the same key
        }
    }

    /** Keeps the event stream open; reconnects after a pause that grows while the server is unreachable. */
    private void listen(TechnicianApp app) {
        listener = new Thread(
                () -> {
                    long pause = 5_000;
                    while (running && app.signedIn()) {
                        EventStream current = new EventStream(app.transport(), app::token);
                        stream = current;
                        try {
                            int status = current.read(new EventStream.Listener() {
                                @Override
                                public void connected() {
                                    app.requestSync();
                                }

                                @Override
                                public void ticket(UUID ticketId, String kind) {
                                    app.requestSync();
                                    announce(ticketId, kind);
                                }
                            });
                            if (status == 401) {
                                return;
                            }
                            pause = status == 200 ? 1_000 : 60_000;
                        } catch (IOException e) {
                            pause = Math.min(pause * 2, 60_000);
                        }
                        try {
                            Thread.sleep(pause);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "intervo-events");
        listener.start();
    }

    private void announce(UUID ticketId, String kind) {
        int text;
        switch (kind) {
            case "ASSIGNED":
                text = R.string.event_assigned;
                break;
            case "UNASSIGNED":
                text = R.string.event_unassigned;
                break;
            case "CANCELLED":
                text = R.string.event_cancelled;
                break;
            default:
                return;
        }
        PendingIntent open = PendingIntent.getActivity(
                this,
                ticketId.hashCode(),
                "ASSIGNED".equals(kind)
                        ? TicketActivity.intent(this, ticketId)
                        : new Intent(this, TicketListActivity.class),
                PendingIntent.FLAG_IMMUTABLE);
        Notification n = new Notification.Builder(this, TechnicianApp.CHANNEL_TICKETS)
                .setSmallIcon(R.drawable.ic_notification)
                .setContentTitle(getString(text))
                .setAutoCancel(true)
                .setContentIntent(open)
                .build();
        getSystemService(NotificationManager.class).notify(ticketId.hashCode(), n);
    }

    @Override
    public void onDestroy() {
        running = false;
        getSystemService(LocationManager.class).removeUpdates(this);
        EventStream current = stream;
        if (current != null) {
            current.close();
        }
        if (listener != null) {
            listener.interrupt();
        }
        TechnicianApp app = TechnicianApp.of(this);
        if (buffer.size() > 0 && app.api() != null) {
            new Thread(() -> send(app), "intervo-locations").start();
        }
        super.onDestroy();
    }

    @Override
    public void onStatusChanged(String provider, int status, Bundle extras) {}

    @Override
    public void onProviderEnabled(String provider) {}

    @Override
    public void onProviderDisabled(String provider) {}

    @Override
    public IBinder onBind(Intent intent) {
        return null;
    }
}
