package com.intervo.technician.ui;

import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.view.ViewGroup;
import android.widget.ArrayAdapter;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.ListView;
import android.widget.RadioButton;
import android.widget.RadioGroup;
import android.widget.Spinner;
import android.widget.TextView;
import com.intervo.technician.R;
import com.intervo.technician.core.api.TicketDetails;
import com.intervo.technician.core.sync.FieldSession;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The ticket's checklist: each point OK, or a problem with a defect (the point's own or typed) and a note. */
public class ChecklistActivity extends LiveActivity {

    private UUID id;
    private TextView summary;
    private final Points points = new Points();

    public static Intent intent(Context context, UUID ticketId) {
        return new Intent(context, ChecklistActivity.class).putExtra(TicketActivity.EXTRA_ID, ticketId.toString());
    }

    @Override
    protected void onCreate(Bundle state) {
        super.onCreate(state);
        id = UUID.fromString(getIntent().getStringExtra(TicketActivity.EXTRA_ID));
        setContentView(R.layout.activity_checklist);
        summary = findViewById(R.id.summary);
        ListView list = findViewById(R.id.points);
        list.setAdapter(points);
        list.setOnItemClickListener((parent, view, position, rowId) -> answer(points.items.get(position)));
    }

    void render() {
        TicketDetails t = app.session().ticket(id);
        if (t == null) {
            finish();
            return;
        }
        setTitle(t.checklistName != null ? t.checklistName : getString(R.string.checklist));
        List<String> missing = FieldSession.missingMandatory(t);
        summary.setText(
                missing.isEmpty()
                        ? getString(R.string.checklist_complete)
                        : getResources().getQuantityString(R.plurals.mandatory_left, missing.size(), missing.size()));
        summary.setBackgroundResource(missing.isEmpty() ? R.color.ok : R.color.warning);
        points.show(t.checklist);
    }

    private void answer(TicketDetails.ChecklistItem item) {
        LinearLayout form = Forms.column(this);
        RadioGroup choice = new RadioGroup(this);
        RadioButton ok = new RadioButton(this);
        ok.setText(R.string.ok);
        ok.setId(View.generateViewId());
        RadioButton problem = new RadioButton(this);
        problem.setText(R.string.problem);
        problem.setId(View.generateViewId());
        choice.addView(ok);
        choice.addView(problem);
        List<String> defects = new ArrayList<>();
        defects.add(getString(R.string.defect_typed));
        defects.addAll(item.defects);
        Spinner defect = new Spinner(this);
        defect.setAdapter(new ArrayAdapter<>(this, android.R.layout.simple_spinner_dropdown_item, defects));
        EditText typed = new EditText(this);
        typed.setHint(R.string.defect_hint);
        EditText note = Forms.text(this, R.string.note_hint);
        if (item.note != null) {
            note.setText(item.note);
        }
        choice.check("PROBLEM".equals(item.answer) ? problem.getId() : ok.getId());
        form.addView(choice);
        form.addView(defect);
        form.addView(typed);
        form.addView(note);
        Forms.show(this, item.position + ". " + item.text, null, form, android.R.string.ok, () -> {
            boolean isOk = choice.getCheckedRadioButtonId() == ok.getId();
            String chosen = defect.getSelectedItemPosition() > 0
                    ? (String) defect.getSelectedItem()
                    : typed.getText().toString();
            try {
                app.session().answer(id, item.id, isOk, chosen, note.getText().toString());
            } catch (FieldSession.NotAllowed e) {
                typed.setError(getString(R.string.defect_required));
                return false;
            }
            app.changed();
            app.requestSync();
            return true;
        });
    }

    private final class Points extends Rows<TicketDetails.ChecklistItem> {

        @Override
        public View getView(int position, View view, ViewGroup parent) {
            View row = view != null ? view : getLayoutInflater().inflate(R.layout.item_checklist, parent, false);
            TicketDetails.ChecklistItem item = items.get(position);
            ((TextView) row.findViewById(R.id.text))
                    .setText(item.position + ". " + item.text + (item.mandatory ? " *" : ""));
            TextView answer = row.findViewById(R.id.answer);
            if (item.answer == null) {
                answer.setText(item.mandatory ? R.string.mandatory_open : R.string.open_point);
                answer.setTextColor(getColor(item.mandatory ? R.color.danger : R.color.muted));
            } else if ("OK".equals(item.answer)) {
                answer.setText(R.string.ok);
                answer.setTextColor(getColor(R.color.ok_text));
            } else {
                String detail = item.defect != null ? item.defect : "";
                if (item.note != null) {
                    detail = detail.isEmpty() ? item.note : detail + " — " + item.note;
                }
                answer.setText(getString(R.string.problem) + (detail.isEmpty() ? "" : ": " + detail));
                answer.setTextColor(getColor(R.color.danger));
            }
            return row;
        }
    }
}
