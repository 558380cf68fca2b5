package com.intervo.technician.ui;

import android.app.Activity;
import android.app.AlertDialog;
import android.content.Context;
import android.text.InputType;
import android.view.View;
import android.widget.EditText;
import android.widget.LinearLayout;
import java.util.function.BooleanSupplier;

/** The small forms a technician fills in a dialog: built alike, kept open until what was typed is valid. */
final class Forms {

    private Forms() {}

    static LinearLayout column(Context context) {
        LinearLayout column = new LinearLayout(context);
        column.setOrientation(LinearLayout.VERTICAL);
        return column;
    }

    /** Free text in sentences, over several lines. */
    static EditText text(Context context, int hint) {
        EditText field = new EditText(context);
        field.setHint(hint);
        field.setInputType(InputType.TYPE_CLASS_TEXT
                | InputType.TYPE_TEXT_FLAG_CAP_SENTENCES
                | InputType.TYPE_TEXT_FLAG_MULTI_LINE);
        return field;
    }

    static EditText number(Context context, int hint, boolean decimal) {
        EditText field = new EditText(context);
        field.setHint(hint);
        field.setInputType(InputType.TYPE_CLASS_NUMBER | (decimal ? InputType.TYPE_NUMBER_FLAG_DECIMAL : 0));
        return field;
    }

    /**
     * Shows the form; its OK button runs {@code accept}, and the dialog closes only when that says the input was
     * good (else the field in fault shows its error and nothing is lost).
     */
    static AlertDialog show(
            Activity activity, CharSequence title, CharSequence message, View content, int ok, BooleanSupplier accept) {
        LinearLayout box = new LinearLayout(activity);
        int pad = dp(activity, 20);
        box.setPadding(pad, dp(activity, 8), pad, 0);
        box.addView(
                content,
                new LinearLayout.LayoutParams(
                        LinearLayout.LayoutParams.MATCH_PARENT, LinearLayout.LayoutParams.WRAP_CONTENT));
        AlertDialog dialog = new AlertDialog.Builder(activity)
                .setTitle(title)
                .setMessage(message)
                .setView(box)
                .setPositiveButton(ok, null)
                .setNegativeButton(android.R.string.cancel, null)
                .create();
        dialog.setOnShowListener(d -> dialog.getButton(AlertDialog.BUTTON_POSITIVE)
                .setOnClickListener(v -> {
                    if (accept.getAsBoolean()) {
                        dialog.dismiss();
                    }
                }));
        dialog.show();
        return dialog;
    }

    static int dp(Context context, int value) {
        return Math.round(value * context.getResources().getDisplayMetrics().density);
    }
}
