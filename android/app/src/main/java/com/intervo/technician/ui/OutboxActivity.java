package com.intervo.technician.ui;

import android.app.AlertDialog;
import android.os.Bundle;
import android.widget.ArrayAdapter;
import android.widget.ListView;
import com.intervo.technician.R;
import com.intervo.technician.core.outbox.PendingCall;
import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Everything not yet on the server, in order; a call in conflict or refused can be sent again or dropped. */
public class OutboxActivity extends LiveActivity {

    private ListView list;
    private List<PendingCall> calls = new ArrayList<>();

    @Override
    protected void onCreate(Bundle state) {
        super.onCreate(state);
        setTitle(R.string.outbox_title);
        list = new ListView(this);
        setContentView(list);
        list.setOnItemClickListener((parent, view, position, id) -> {
            if (position < calls.size()) {
                decide(calls.get(position));
            }
        });
    }

    @Override
    void render() {
        calls = app.session().pending(null);
        List<String> lines = new ArrayList<>();
        DateFormat time = DateFormat.getTimeInstance(DateFormat.SHORT);
        for (PendingCall call : calls) {
            String state = call.state == PendingCall.State.PENDING
                    ? getString(R.string.waiting_to_send)
                    : getString(call.state == PendingCall.State.CONFLICT ? R.string.conflict : R.string.refused)
                            + (call.problem == null ? "" : ": " + call.problem);
            lines.add(call.ticketNumber + " · " + Labels.action(this, call.kind) + " · "
                    + time.format(new Date(call.createdAt.toEpochMilli())) + "\n" + state);
        }
        if (lines.isEmpty()) {
            lines.add(getString(R.string.nothing_waiting));
        }
        list.setAdapter(new ArrayAdapter<>(this, android.R.layout.simple_list_item_1, lines));
    }

    private void decide(PendingCall call) {
        if (call == null || call.waiting()) {
            return;
        }
        new AlertDialog.Builder(this)
                .setTitle(call.ticketNumber + " · " + Labels.action(this, call.kind))
                .setMessage(call.problem)
                .setPositiveButton(R.string.retry, (d, w) -> {
                    app.session().retry(call.seq);
                    app.requestSync();
                })
                .setNegativeButton(R.string.discard, (d, w) -> {
                    app.session().discard(call.seq);
                    app.changed();
                })
                .setNeutralButton(android.R.string.cancel, null)
                .show();
    }
}
