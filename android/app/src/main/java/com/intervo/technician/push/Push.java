package com.intervo.technician.push;

import android.content.Context;
import android.content.pm.PackageManager;
import android.util.Log;
import com.google.firebase.FirebaseApp;
import com.google.firebase.messaging.FirebaseMessaging;
import com.intervo.technician.TechnicianApp;
import com.intervo.technician.core.api.ApiException;
import com.intervo.technician.core.api.IntervoApi;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Push notifications (Firebase Cloud Messaging): the phone's token registered with the server for the signed-in
 * technician. Only when the APK was built with a Firebase project (google-services.json, see build-apk.sh): without
 * one Firebase does not start, there is no token, and the on-duty event stream is the only way news arrives.
 */
public final class Push {

    private static final String TAG = "Push";

    /** The server calls, one after the other (a sign-in and a new token may come at the same moment). */
    private static final ExecutorService CALLS = Executors.newSingleThreadExecutor();

    private Push() {}

    /** Whether Firebase started, i.e. the build had a Firebase project. */
    public static boolean available(Context context) {
        return !FirebaseApp.getApps(context).isEmpty();
    }

    /** Registers the phone's current token with the server (after a sign-in: the token may be older than it). */
    public static void registerCurrentToken(TechnicianApp app) {
        if (!available(app)) {
            return;
        }
        FirebaseMessaging.getInstance()
                .getToken()
                .addOnSuccessListener(CALLS, token -> register(app, token))
                .addOnFailureListener(CALLS, e -> Log.w(TAG, "no push token: " + e));
    }

    /** Registers a token with the server in the background; signed out it waits for the next sign-in. */
    static void register(TechnicianApp app, String token) {
        CALLS.execute(() -> {
            IntervoApi api = app.api();
            if (token == null || !app.signedIn() || api == null) {
                return;
            }
            try {
                api.registerDevice(token, versionName(app));
                // remembered so that signing out forgets this phone for the technician
                app.prefs().edit().putString("pushToken", token).apply();
            } catch (IOException | ApiException | RuntimeException e) {
                // offline or refused: the next sign-in or token change registers it
                Log.w(TAG, "push token not registered: " + e);
            }
        });
    }

    private static String versionName(Context context) {
        try {
            return context.getPackageManager().getPackageInfo(context.getPackageName(), 0).versionName;
        } catch (PackageManager.NameNotFoundException e) {
            return null;
        }
    }
}
