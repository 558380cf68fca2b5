package com.intervo.technician.ui;

import android.app.Activity;
import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.widget.EditText;
import android.widget.Toast;
import com.intervo.technician.R;
import com.intervo.technician.TechnicianApp;
import com.intervo.technician.core.api.TicketDetails;
import com.intervo.technician.core.sync.FieldSession;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.UUID;

/** The customer's signature on the touch screen, with the signer's name. */
public class SignatureActivity extends Activity {

    private TechnicianApp app;
    private UUID id;
    private SignatureView pad;
    private EditText signer;

    public static Intent intent(Context context, UUID ticketId) {
        return new Intent(context, SignatureActivity.class).putExtra(TicketActivity.EXTRA_ID, ticketId.toString());
    }

    @Override
    protected void onCreate(Bundle state) {
        super.onCreate(state);
        app = TechnicianApp.of(this);
        id = UUID.fromString(getIntent().getStringExtra(TicketActivity.EXTRA_ID));
        setContentView(R.layout.activity_signature);
        setTitle(R.string.signature);
        pad = findViewById(R.id.pad);
        signer = findViewById(R.id.signer);
        TicketDetails t = app.session().ticket(id);
        if (t != null && t.contactName != null) {
            signer.setText(t.contactName);
        } else if (t != null) {
            signer.setText(t.summary.customerName);
        }
        findViewById(R.id.clear).setOnClickListener(v -> pad.clear());
        findViewById(R.id.save).setOnClickListener(v -> save());
    }

    void save() {
        if (!pad.isSigned()) {
            Toast.makeText(this, R.string.signature_empty, Toast.LENGTH_LONG).show();
            return;
        }
        String name = signer.getText().toString();
        if (name.trim().isEmpty()) {
            signer.setError(getString(R.string.required));
            return;
        }
        File file = new File(Photos.outboxDir(this), UUID.randomUUID() + "-signature.png");
        try (FileOutputStream out = new FileOutputStream(file)) {
            out.write(pad.png());
        } catch (IOException e) {
            Toast.makeText(this, R.string.storage_full, Toast.LENGTH_LONG).show();
            return;
        }
        try {
            app.session().sign(id, file.getPath(), name);
        } catch (FieldSession.NotAllowed e) {
            file.delete();
            Toast.makeText(this, R.string.not_in_this_stage, Toast.LENGTH_LONG).show();
            return;
        }
        app.changed();
        app.requestSync();
        finish();
    }
}
