package com.intervo.technician.ui;

import android.widget.BaseAdapter;
import java.util.ArrayList;
import java.util.List;

/** A list's rows, replaced as a whole when the screen is drawn again. */
abstract class Rows<T> extends BaseAdapter {

    List<T> items = new ArrayList<>();

    void show(List<T> rows) {
        items = rows;
        notifyDataSetChanged();
    }

    @Override
    public int getCount() {
        return items.size();
    }

    @Override
    public T getItem(int position) {
        return items.get(position);
    }

    @Override
    public long getItemId(int position) {
        return position;
    }
}
