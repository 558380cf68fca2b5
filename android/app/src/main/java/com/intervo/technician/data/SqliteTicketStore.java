package com.intervo.technician.data;

import android.content.ContentValues;
import android.database.Cursor;
import android.database.sqlite.SQLiteDatabase;
import com.intervo.technician.core.api.Json;
import com.intervo.technician.core.api.TicketDetails;
import com.intervo.technician.core.sync.TicketStore;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** My tickets in SQLite, as the server last sent them, and the sync cursor. */
public final class SqliteTicketStore implements TicketStore {

    private final AppDatabase db;

    public SqliteTicketStore(AppDatabase db) {
        this.db = db;
    }

    @Override
    public synchronized List<TicketDetails> all() {
        List<TicketDetails> all = new ArrayList<>();
        try (Cursor c = db.getReadableDatabase().rawQuery("select json from ticket", null)) {
            while (c.moveToNext()) {
                all.add(Json.GSON.fromJson(c.getString(0), TicketDetails.class));
            }
        }
        return all;
    }

    @Override
    public synchronized TicketDetails get(UUID id) {
        try (Cursor c = db.getReadableDatabase()
                .rawQuery("select json from ticket where id = ?", new String[] {id.toString()})) {
            return c.moveToFirst() ? Json.GSON.fromJson(c.getString(0), TicketDetails.class) : null;
        }
    }

    @Override
    public synchronized void put(TicketDetails ticket) {
        ContentValues row = new ContentValues();
        row.put("id", ticket.id().toString());
        row.put("json", Json.GSON.toJson(ticket));
        db.getWritableDatabase().insertWithOnConflict("ticket", null, row, SQLiteDatabase.CONFLICT_REPLACE);
    }

    @Override
    public synchronized void remove(UUID id) {
        db.getWritableDatabase().delete("ticket", "id = ?", new String[] {id.toString()});
    }

    @Override
    public synchronized long cursor() {
        String value = db.meta("cursor");
        return value == null ? 0 : Long.parseLong(value);
    }

    @Override
    public synchronized void cursor(long cursor) {
        db.meta("cursor", String.valueOf(cursor));
    }

    @Override
    public synchronized void clear() {
        db.getWritableDatabase().delete("ticket", null, null);
        db.meta("cursor", "0");
    }
}
