package com.intervo.technician.ui;

import android.app.Activity;
import android.os.Bundle;
import com.intervo.technician.TechnicianApp;

/** A screen that shows the phone's tickets: drawn again whenever a sync or an action changed them. */
abstract class LiveActivity extends Activity {

    protected TechnicianApp app;
    private final Runnable refresh = this::render;

    @Override
    protected void onCreate(Bundle state) {
        super.onCreate(state);
        app = TechnicianApp.of(this);
    }

    @Override
    protected void onResume() {
        super.onResume();
        app.addListener(refresh);
        render();
    }

    @Override
    protected void onPause() {
        super.onPause();
        app.removeListener(refresh);
    }

    abstract void render();
}
