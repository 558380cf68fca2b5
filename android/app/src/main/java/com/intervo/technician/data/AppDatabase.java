package com.intervo.technician.data;

import android.content.Context;
import android.database.sqlite.SQLiteDatabase;
import android.database.sqlite.SQLiteOpenHelper;

/** The phone's database: the tickets as last synced, the outbox of calls not yet sent, and small values. */
public final class AppDatabase extends SQLiteOpenHelper {

    private static final int VERSION = 1;

    public AppDatabase(Context context, String name) {
        super(context, name, null, VERSION);
    }

    @Override
    public void onCreate(SQLiteDatabase db) {
        db.execSQL("create table ticket (id text primary key, json text not null)");
        db.execSQL("create table outbox (seq integer primary key autoincrement, json text not null)");
        db.execSQL("create table meta (key text primary key, value text)");
    }

    @Override
    public void onUpgrade(SQLiteDatabase db, int oldVersion, int newVersion) {
        // version 1 is the first
    }

    String meta(String key) {
        try (android.database.Cursor c =
                getReadableDatabase().rawQuery("select value from meta where key = ?", new String[] {key})) {
            return c.moveToFirst() ? c.getString(0) : null;
        }
    }

    void meta(String key, String value) {
        android.content.ContentValues row = new android.content.ContentValues();
        row.put("key", key);
        row.put("value", value);
        getWritableDatabase().insertWithOnConflict("meta", null, row, SQLiteDatabase.CONFLICT_REPLACE);
    }
}
