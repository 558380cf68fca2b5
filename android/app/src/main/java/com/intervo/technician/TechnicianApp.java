package com.intervo.technician;

import android.app.Application;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.content.Context;
import android.content.SharedPreferences;
import android.net.ConnectivityManager;
import android.net.Network;
import android.os.Handler;
import android.os.Looper;
import com.google.gson.reflect.TypeToken;
import com.intervo.technician.core.api.ApiException;
import com.intervo.technician.core.api.CatalogPart;
import com.intervo.technician.core.api.HttpTransport;
import com.intervo.technician.core.api.IntervoApi;
import com.intervo.technician.core.api.Json;
import com.intervo.technician.core.api.Me;
import com.intervo.technician.core.api.TechnicianSettings;
import com.intervo.technician.core.api.Token;
import com.intervo.technician.core.sync.FieldSession;
import com.intervo.technician.core.sync.Sync;
import com.intervo.technician.core.sync.SyncReport;
import com.intervo.technician.data.AppDatabase;
import com.intervo.technician.data.KeystoreTokenVault;
import com.intervo.technician.data.SqliteOutboxStore;
import com.intervo.technician.data.SqliteTicketStore;
import com.intervo.technician.data.TokenVault;
import com.intervo.technician.duty.DutyService;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The app's one session: the server, the signed-in technician, the phone's database and the sync that runs on one
 * background thread (so calls leave in the order they were made). Screens listen for {@link #addListener changes}.
 */
public class TechnicianApp extends Application {

    public static final String CHANNEL_DUTY = "duty";
    public static final String CHANNEL_TICKETS = "tickets";

    /** Tests put a vault of their own here: Robolectric has no Android Keystore. */
    public static TokenVault vaultOverride;

    private SharedPreferences prefs;
    private TokenVault vault;
    private AppDatabase db;
    private SqliteOutboxStore outbox;
    private SqliteTicketStore tickets;
    private FieldSession session;
    private volatile Sync sync;
    private volatile IntervoApi api;
    private volatile HttpTransport transport;
    private volatile String token;
    private volatile SyncReport lastReport;
    private volatile boolean syncing;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final Handler main = new Handler(Looper.getMainLooper());
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public static TechnicianApp of(Context context) {
        return (TechnicianApp) context.getApplicationContext();
    }

    @Override
    public void onCreate() {
        super.onCreate();
        prefs = getSharedPreferences("session", MODE_PRIVATE);
        vault = vaultOverride != null ? vaultOverride : new KeystoreTokenVault(prefs);
        db = new AppDatabase(this, "intervo.db");
        outbox = new SqliteOutboxStore(db);
        tickets = new SqliteTicketStore(db);
        session = new FieldSession(outbox, tickets, Clock.systemUTC());
        restoreSession();
        channels();
        watchNetwork();
    }

    // --- session

    /** Picks up the session of the last sign-in (the token from the vault), as after the app was killed. */
    public void restoreSession() {
        token = vault.load();
        if (token != null && serverUrl() != null && userId() != null) {
            connect(serverUrl(), userId());
        }
    }

    public TokenVault vault() {
        return vault;
    }

    public SharedPreferences prefs() {
        return prefs;
    }

    public boolean signedIn() {
        return token != null && sync != null;
    }

    public FieldSession session() {
        return session;
    }

    public IntervoApi api() {
        return api;
    }

    public HttpTransport transport() {
        return transport;
    }

    public String token() {
        return token;
    }

    public String serverUrl() {
        return prefs.getString("server", null);
    }

    public String workspace() {
        return prefs.getString("workspace", "");
    }

    public String username() {
        return prefs.getString("username", "");
    }

    public String displayName() {
        return prefs.getString("displayName", username());
    }

    public UUID userId() {
        String id = prefs.getString("userId", null);
        return id == null ? null : UUID.fromString(id);
    }

    /** Whether the workspace licenses a module now (as the server said at sign-in and at each settings read). */
    public boolean licensed(String module) {
        return prefs.getString("modules", "").contains("," + module + ",");
    }

    /** Signs in (on the calling background thread); a different technician than before starts from an empty phone. */
    public void signIn(String server, String workspace, String username, String password)
            throws IOException, ApiException {
        HttpTransport http = new HttpTransport(server);
        String[] holder = new String[1];
        IntervoApi client = new IntervoApi(http, () -> holder[0]);
        Token issued = client.signIn(workspace.trim(), username.trim(), password);
        holder[0] = issued.token;
        Me me = client.me();
        if (!me.userId.toString().equals(prefs.getString("userId", ""))
                && outbox.all().isEmpty()) {
            tickets.clear();
        }
        vault.store(issued.token);
        token = issued.token;
        prefs.edit()
                .putString("server", server.trim())
                .putString("workspace", workspace.trim())
                .putString("username", username.trim())
                .putString("displayName", me.displayName)
                .putString("userId", me.userId.toString())
                .putString("modules", "," + String.join(",", me.modules) + ",")
                .apply();
        connect(server, me.userId);
        refreshSettings();
        com.intervo.technician.push.Push.registerCurrentToken(this);
    }

    /**
     * Signs out: off duty, the phone's push token and the bearer token revoked on the server (in the background,
     * with the token of this session), both forgotten here; tickets are cleared, queued work is kept for the next
     * sign-in.
     */
    public void signOut() {
        DutyService.stop(this);
        String bearer = token;
        HttpTransport http = transport;
        String pushToken = prefs.getString("pushToken", null);
        if (bearer != null && http != null) {
            background.execute(() -> {
                IntervoApi client = new IntervoApi(http, () -> bearer);
                try {
                    if (pushToken != null) {
                        client.unregisterDevice(pushToken);
                    }
                    client.signOut();
                } catch (IOException | ApiException e) {
                    // offline: the token expires on its own, the push token is dropped when FCM rejects it
                }
            });
        }
        vault.clear();
        token = null;
        sync = null;
        prefs.edit().remove("pushToken").putBoolean("onDuty", false).apply();
        if (outbox.all().isEmpty()) {
            tickets.clear();
        }
        changed();
    }

    private void connect(String server, UUID me) {
        transport = new HttpTransport(server);
        api = new IntervoApi(transport, () -> token);
        sync = new Sync(api, outbox, tickets, me);
    }

    // --- sync

    /** Sends what waits and reads what changed, in the background; listeners hear when it is done. */
    public void requestSync() {
        if (!signedIn()) {
            return;
        }
        background.execute(() -> {
            Sync current = sync;
            if (current == null) {
                return;
            }
            syncing = true;
            changed();
            SyncReport report = current.run();
            lastReport = report;
            syncing = false;
            if (report.signInNeeded) {
                vault.clear();
                token = null;
            }
            changed();
        });
    }

    public SyncReport lastReport() {
        return lastReport;
    }

    public boolean syncing() {
        return syncing;
    }

    public int waitingCalls() {
        return session.pending(null).size();
    }

    /** Reads the workspace's settings for the phone (location interval) and the licensed modules. */
    public void refreshSettings() {
        background.execute(() -> {
            try {
                TechnicianSettings settings = api.settings();
                prefs.edit()
                        .putInt("locationIntervalSeconds", settings.locationIntervalSeconds)
                        .putInt("pingBatchSize", settings.pingBatchSize)
                        .apply();
                List<CatalogPart> parts = api.parts();
                prefs.edit().putString("parts", Json.GSON.toJson(parts)).apply();
            } catch (IOException | ApiException | RuntimeException e) {
                // kept from last time
            }
        });
    }

    public int locationIntervalSeconds() {
        return prefs.getInt("locationIntervalSeconds", 60);
    }

    public int pingBatchSize() {
        return prefs.getInt("pingBatchSize", 20);
    }

    /** The parts catalog as last read (searched on the phone, offline too). */
    public List<CatalogPart> parts() {
        String json = prefs.getString("parts", null);
        if (json == null) {
            return new ArrayList<>();
        }
        return Json.GSON.fromJson(json, new TypeToken<List<CatalogPart>>() {}.getType());
    }

    public boolean onDuty() {
        return prefs.getBoolean("onDuty", false);
    }

    public void onDuty(boolean onDuty) {
        prefs.edit().putBoolean("onDuty", onDuty).apply();
    }

    // --- listeners

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Tells the screens (on the main thread) that tickets or the outbox changed. */
    public void changed() {
        main.post(() -> {
            for (Runnable l : listeners) {
                l.run();
            }
        });
    }

    /** Runs work on the sync's thread (after any sync in progress), then tells the screens. */
    public void inBackground(Runnable work) {
        background.execute(() -> {
            work.run();
            changed();
        });
    }

    private void channels() {
        NotificationManager nm = getSystemService(NotificationManager.class);
        nm.createNotificationChannel(new NotificationChannel(
                CHANNEL_DUTY, getString(R.string.channel_duty), NotificationManager.IMPORTANCE_LOW));
        nm.createNotificationChannel(new NotificationChannel(
                CHANNEL_TICKETS, getString(R.string.channel_tickets), NotificationManager.IMPORTANCE_HIGH));
    }

    private void watchNetwork() {
        ConnectivityManager cm = getSystemService(ConnectivityManager.class);
        if (cm == null) {
            return;
        }
        cm.registerDefaultNetworkCallback(new ConnectivityManager.NetworkCallback() {
            @Override
            public void onAvailable(Network network) {
                requestSync();
            }
        });
    }
}
