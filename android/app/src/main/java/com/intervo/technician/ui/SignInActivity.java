package com.intervo.technician.ui;

import android.app.Activity;
import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.Button;
import android.widget.EditText;
import android.widget.ProgressBar;
import android.widget.TextView;
import com.intervo.technician.R;
import com.intervo.technician.TechnicianApp;
import com.intervo.technician.core.api.ApiException;
import java.io.IOException;

/** Sign in once: server, workspace, user, password. The token is kept encrypted until sign-out. */
public class SignInActivity extends Activity {

    private EditText server;
    private EditText workspace;
    private EditText username;
    private EditText password;
    private Button signIn;
    private ProgressBar progress;
    private TextView error;

    @Override
    protected void onCreate(Bundle state) {
        super.onCreate(state);
        TechnicianApp app = TechnicianApp.of(this);
        if (app.signedIn()) {
            openTickets();
            return;
        }
        setContentView(R.layout.activity_sign_in);
        server = findViewById(R.id.server);
        workspace = findViewById(R.id.workspace);
        username = findViewById(R.id.username);
        password = findViewById(R.id.password);
        signIn = findViewById(R.id.sign_in);
        progress = findViewById(R.id.progress);
        error = findViewById(R.id.error);
        server.setText(app.serverUrl() != null ? app.serverUrl() : getString(R.string.default_server));
        workspace.setText(app.workspace());
        username.setText(app.username());
        signIn.setOnClickListener(v -> submit());
    }

    private void submit() {
        error.setVisibility(View.GONE);
        if (!required(server) | !required(workspace) | !required(username) | !required(password)) {
            return;
        }
        signIn.setEnabled(false);
        progress.setVisibility(View.VISIBLE);
        TechnicianApp app = TechnicianApp.of(this);
        String s = server.getText().toString();
        String w = workspace.getText().toString();
        String u = username.getText().toString();
        String p = password.getText().toString();
        new Thread(() -> {
                    String failure = null;
                    try {
                        app.signIn(s, w, u, p);
                    } catch (ApiException e) {
                        failure = e.problem().message();
                    } catch (IOException | RuntimeException e) {
                        failure = getString(R.string.sign_in_no_server);
                    }
                    String shown = failure;
                    runOnUiThread(() -> {
                        signIn.setEnabled(true);
                        progress.setVisibility(View.GONE);
                        if (shown == null) {
                            app.requestSync();
                            openTickets();
                        } else {
                            error.setText(shown);
                            error.setVisibility(View.VISIBLE);
                        }
                    });
                })
                .start();
    }

    private boolean required(EditText field) {
        if (field.getText().toString().trim().isEmpty()) {
            field.setError(getString(R.string.required));
            return false;
        }
        return true;
    }

    /** My tickets; a notification tapped while the app was closed opens its ticket on top of them. */
    private void openTickets() {
        startActivity(new Intent(this, TicketListActivity.class));
        String ticketId = getIntent().getStringExtra(TicketActivity.EXTRA_ID);
        if (ticketId != null) {
            startActivity(TicketActivity.intent(this, java.util.UUID.fromString(ticketId)));
        }
        finish();
    }
}
