package com.intervo.technician.data;

import android.content.ContentValues;
import android.database.Cursor;
import com.intervo.technician.core.api.Json;
import com.intervo.technician.core.outbox.OutboxStore;
import com.intervo.technician.core.outbox.PendingCall;
import java.util.ArrayList;
import java.util.List;

/** The outbox in SQLite: what the technician did survives the app being killed and the phone restarting. */
public final class SqliteOutboxStore implements OutboxStore {

    private final AppDatabase db;

    public SqliteOutboxStore(AppDatabase db) {
        this.db = db;
    }

    @Override
    public synchronized PendingCall add(PendingCall call) {
        // one write: the sequence number is the row's key, read from the column, not from the JSON
        ContentValues row = new ContentValues();
        row.put("json", Json.GSON.toJson(call));
        call.seq = db.getWritableDatabase().insertOrThrow("outbox", null, row);
        return call;
    }

    @Override
    public synchronized List<PendingCall> all() {
        List<PendingCall> calls = new ArrayList<>();
        try (Cursor c = db.getReadableDatabase().rawQuery("select seq, json from outbox order by seq", null)) {
            while (c.moveToNext()) {
                PendingCall call = Json.GSON.fromJson(c.getString(1), PendingCall.class);
                call.seq = c.getLong(0);
                calls.add(call);
            }
        }
        return calls;
    }

    @Override
    public synchronized void update(PendingCall call) {
        ContentValues row = new ContentValues();
        row.put("json", Json.GSON.toJson(call));
        db.getWritableDatabase().update("outbox", row, "seq = ?", new String[] {String.valueOf(call.seq)});
    }

    @Override
    public synchronized void remove(long seq) {
        db.getWritableDatabase().delete("outbox", "seq = ?", new String[] {String.valueOf(seq)});
    }

    public synchronized void clear() {
        db.getWritableDatabase().delete("outbox", null, null);
    }
}
