package com.intervo.technician.ui;

import android.Manifest;
import android.content.ActivityNotFoundException;
import android.content.Context;
import android.content.Intent;
import android.content.pm.PackageManager;
import android.location.Location;
import android.location.LocationManager;
import android.net.Uri;
import android.os.Bundle;
import android.provider.MediaStore;
import android.view.View;
import android.widget.ArrayAdapter;
import android.widget.Button;
import android.widget.CheckBox;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.ListView;
import android.widget.TextView;
import android.widget.Toast;
import com.intervo.technician.R;
import com.intervo.technician.core.api.CatalogPart;
import com.intervo.technician.core.api.TicketDetails;
import com.intervo.technician.core.outbox.CallKind;
import com.intervo.technician.core.outbox.PendingCall;
import com.intervo.technician.core.sync.FieldSession;
import com.intervo.technician.core.sync.TicketRules;
import java.io.File;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** One ticket: what, where, who; the actions its stage allows; navigate, call; what waits to be sent. */
public class TicketActivity extends LiveActivity {

    static final String EXTRA_ID = "ticketId";
    private static final int TAKE_PHOTO = 10;
    /** A GPS fix older than this is not "arrived here". */
    private static final long FRESH_FIX_MS = 2 * 60_000;

    private UUID id;
    private File rawPhoto;

    public static Intent intent(Context context, UUID ticketId) {
        return new Intent(context, TicketActivity.class).putExtra(EXTRA_ID, ticketId.toString());
    }

    @Override
    protected void onCreate(Bundle state) {
        super.onCreate(state);
        id = UUID.fromString(getIntent().getStringExtra(EXTRA_ID));
        if (state != null && state.getString("rawPhoto") != null) {
            rawPhoto = new File(state.getString("rawPhoto"));
        }
        setContentView(R.layout.activity_ticket);
        bind(R.id.accept, v -> act(() -> app.session().accept(id)));
        bind(
                R.id.decline,
                v -> askText(
                        R.string.decline,
                        R.string.reason_hint,
                        reason -> app.session().decline(id, reason)));
        bind(
                R.id.postpone,
                v -> askText(
                        R.string.postpone,
                        R.string.reason_hint,
                        reason -> app.session().postpone(id, reason)));
        bind(R.id.back_to_work, v -> act(() -> app.session().backToWork(id)));
        bind(R.id.en_route, v -> act(() -> app.session().enRoute(id)));
        bind(R.id.arrived, v -> arrived());
        bind(R.id.start_work, v -> act(() -> app.session().startWork(id)));
        bind(R.id.stop_work, v -> act(() -> app.session().stopWork(id)));
        bind(R.id.checklist, v -> startActivity(ChecklistActivity.intent(this, id)));
        bind(R.id.add_finding, v -> addFinding());
        bind(R.id.add_part, v -> addPart());
        bind(R.id.take_photo, v -> takePhoto());
        bind(R.id.signature, v -> startActivity(SignatureActivity.intent(this, id)));
        bind(R.id.finish, v -> finishTicket());
        bind(R.id.navigate, v -> navigate());
        bind(R.id.call, v -> call());
        findViewById(R.id.banner).setOnClickListener(v -> startActivity(new Intent(this, OutboxActivity.class)));
    }

    @Override
    protected void onSaveInstanceState(Bundle state) {
        super.onSaveInstanceState(state);
        if (rawPhoto != null) {
            state.putString("rawPhoto", rawPhoto.getPath());
        }
    }

    void render() {
        TicketDetails t = app.session().ticket(id);
        TextView gone = findViewById(R.id.gone);
        if (t == null) {
            gone.setVisibility(View.VISIBLE);
            findViewById(R.id.content).setVisibility(View.GONE);
            return;
        }
        gone.setVisibility(View.GONE);
        findViewById(R.id.content).setVisibility(View.VISIBLE);
        setTitle(t.summary.number);
        text(R.id.stage, Labels.stage(this, t.summary.stage) + " · " + Labels.priority(this, t.summary.priority));
        text(R.id.problem, t.summary.problem);
        text(R.id.customer, t.summary.customerName);
        text(R.id.phone, t.contactPhone != null ? t.contactName + " · " + t.contactPhone : t.summary.customerPhone);
        text(R.id.address, t.summary.siteAddress);
        text(R.id.equipment, join(t.summary.equipmentName, t.summary.serialNumber));
        text(R.id.planned, Labels.planned(t.summary.scheduledAt, t.summary.desiredDate));
        long answered = t.checklist.stream().filter(i -> i.answer != null).count();
        ((Button) findViewById(R.id.checklist))
                .setText(getString(R.string.checklist_progress, answered, t.checklist.size()));
        text(R.id.findings, lines(t));
        Set<CallKind> allowed = TicketRules.allowed(t.summary);
        show(R.id.accept, allowed.contains(CallKind.ACCEPT));
        show(R.id.decline, allowed.contains(CallKind.DECLINE));
        show(R.id.postpone, allowed.contains(CallKind.POSTPONE));
        show(R.id.back_to_work, allowed.contains(CallKind.BACK_TO_WORK));
        show(R.id.en_route, allowed.contains(CallKind.EN_ROUTE));
        show(R.id.arrived, allowed.contains(CallKind.ARRIVED));
        boolean onSite = allowed.contains(CallKind.FINISH);
        boolean timing = t.workStartedAt != null;
        show(R.id.start_work, onSite && !timing);
        show(R.id.stop_work, onSite && timing);
        show(R.id.checklist, onSite && !t.checklist.isEmpty());
        show(R.id.add_finding, onSite);
        show(R.id.add_part, allowed.contains(CallKind.PART));
        show(R.id.take_photo, onSite);
        show(R.id.signature, onSite);
        show(R.id.finish, onSite);
        show(R.id.navigate, t.summary.latitude != null || t.summary.siteAddress != null);
        show(R.id.call, phone(t) != null);
        TicketListActivity.renderBanner(findViewById(R.id.banner), app);
    }

    private String lines(TicketDetails t) {
        StringBuilder b = new StringBuilder();
        for (TicketDetails.Finding f : t.findings) {
            b.append("• ").append(f.text).append('\n');
        }
        for (TicketDetails.PartLine p : t.parts) {
            b.append("▪ ")
                    .append(p.name)
                    .append(" × ")
                    .append(p.quantity.stripTrailingZeros().toPlainString());
            if (p.unit != null) {
                b.append(' ').append(p.unit);
            }
            b.append('\n');
        }
        if (!t.photos.isEmpty() || pendingPhotos() > 0) {
            b.append(getString(R.string.photos_count, t.photos.size() + pendingPhotos()))
                    .append('\n');
        }
        if (t.signerName != null) {
            b.append(getString(R.string.signed_by, t.signerName)).append('\n');
        }
        return b.toString().trim();
    }

    private int pendingPhotos() {
        int n = 0;
        for (PendingCall call : app.session().pending(id)) {
            if (call.kind == CallKind.PHOTO && call.waiting()) {
                n++;
            }
        }
        return n;
    }

    // --- actions

    private interface Action {
        void run();
    }

    private interface TextAction {
        void run(String text);
    }

    /** Queues the action (the sync sends it); a rule broken on the phone is said at once. */
    private void act(Action action) {
        try {
            action.run();
            app.changed();
            app.requestSync();
        } catch (FieldSession.NotAllowed e) {
            Toast.makeText(this, notAllowed(e), Toast.LENGTH_LONG).show();
        }
    }

    private String notAllowed(FieldSession.NotAllowed e) {
        if (e.reason.startsWith("checklist:")) {
            return getString(R.string.mandatory_missing, e.reason.substring("checklist:".length()));
        }
        if ("stage".equals(e.reason)) {
            return getString(R.string.not_in_this_stage);
        }
        return getString(R.string.required);
    }

    private void askText(int title, int hint, TextAction then) {
        EditText input = Forms.text(this, hint);
        Forms.show(this, getString(title), null, input, android.R.string.ok, () -> {
            String value = input.getText().toString();
            if (value.trim().isEmpty()) {
                input.setError(getString(R.string.reason_required));
                return false;
            }
            act(() -> then.run(value));
            return true;
        });
    }

    /** Arrived with the phone's fresh fix; without one the technician says why (a basement). */
    private void arrived() {
        Location fix = freshFix();
        if (fix != null) {
            act(() ->
                    app.session().arrived(id, fix.getLatitude(), fix.getLongitude(), (double) fix.getAccuracy(), null));
        } else {
            askText(
                    R.string.no_fix_title,
                    R.string.no_fix_hint,
                    reason -> app.session().arrived(id, null, null, null, reason));
        }
    }

    private Location freshFix() {
        if (checkSelfPermission(Manifest.permission.ACCESS_FINE_LOCATION) != PackageManager.PERMISSION_GRANTED) {
            return null;
        }
        LocationManager lm = getSystemService(LocationManager.class);
        Location best = null;
        for (String provider : new String[] {LocationManager.GPS_PROVIDER, LocationManager.NETWORK_PROVIDER}) {
            try {
                Location l = lm.getLastKnownLocation(provider);
                if (l != null
                        && System.currentTimeMillis() - l.getTime() < FRESH_FIX_MS
                        && (best == null || l.getAccuracy() < best.getAccuracy())) {
                    best = l;
                }
            } catch (SecurityException | IllegalArgumentException e) {
                // provider off or not on this phone
            }
        }
        return best;
    }

    private void addFinding() {
        LinearLayout form = Forms.column(this);
        EditText text = Forms.text(this, R.string.finding_hint);
        CheckBox defect = new CheckBox(this);
        defect.setText(R.string.is_defect);
        form.addView(text);
        form.addView(defect);
        Forms.show(this, getString(R.string.add_finding), null, form, android.R.string.ok, () -> {
            if (text.getText().toString().trim().isEmpty()) {
                text.setError(getString(R.string.required));
                return false;
            }
            act(() -> app.session()
                    .addFinding(id, defect.isChecked(), text.getText().toString()));
            return true;
        });
    }

    /** Search the catalog (kept on the phone), pick a part, say how many. */
    private void addPart() {
        List<CatalogPart> catalog = app.parts();
        LinearLayout form = Forms.column(this);
        EditText search = new EditText(this);
        search.setHint(R.string.part_search_hint);
        search.setSingleLine();
        EditText quantity = Forms.number(this, R.string.quantity, true);
        quantity.setText("1");
        ListView results = new ListView(this);
        List<CatalogPart> shown = new ArrayList<>(catalog);
        ArrayAdapter<String> adapter =
                new ArrayAdapter<>(this, android.R.layout.simple_list_item_single_choice, names(shown));
        results.setAdapter(adapter);
        results.setChoiceMode(ListView.CHOICE_MODE_SINGLE);
        search.addTextChangedListener(new android.text.TextWatcher() {
            @Override
            public void beforeTextChanged(CharSequence s, int start, int count, int after) {}

            @Override
            public void onTextChanged(CharSequence s, int start, int before, int count) {}

            @Override
            public void afterTextChanged(android.text.Editable s) {
                shown.clear();
                for (CatalogPart p : catalog) {
                    if (p.matches(s.toString())) {
                        shown.add(p);
                    }
                }
                adapter.clear();
                adapter.addAll(names(shown));
                results.clearChoices();
            }
        });
        form.addView(search);
        form.addView(
                results, new LinearLayout.LayoutParams(LinearLayout.LayoutParams.MATCH_PARENT, Forms.dp(this, 240)));
        form.addView(quantity);
        Forms.show(this, getString(R.string.add_part), null, form, android.R.string.ok, () -> {
            int chosen = results.getCheckedItemPosition();
            BigDecimal qty = decimal(quantity.getText().toString());
            if (chosen < 0 || chosen >= shown.size()) {
                search.setError(getString(R.string.pick_a_part));
                return false;
            }
            if (qty == null || qty.signum() <= 0) {
                quantity.setError(getString(R.string.quantity_positive));
                return false;
            }
            CatalogPart part = shown.get(chosen);
            // with the Stock module the part is taken from the technician's van (the server moves the stock)
            String source = app.licensed("STOCK") ? "VAN" : null;
            act(() -> app.session().addPart(id, part, qty, source));
            return true;
        });
    }

    /** A quantity as typed, with a comma or a point; null when it is no number. */
    private static BigDecimal decimal(String typed) {
        try {
            return new BigDecimal(typed.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> names(List<CatalogPart> parts) {
        List<String> names = new ArrayList<>();
        for (CatalogPart p : parts) {
            names.add((p.code == null ? "" : p.code + " · ") + p.name);
        }
        return names;
    }

    private void takePhoto() {
        rawPhoto = new File(Photos.rawDir(this), UUID.randomUUID() + ".jpg");
        Intent camera = new Intent(MediaStore.ACTION_IMAGE_CAPTURE)
                .putExtra(MediaStore.EXTRA_OUTPUT, PhotoProvider.uriFor(rawPhoto))
                .addFlags(Intent.FLAG_GRANT_WRITE_URI_PERMISSION);
        try {
            startActivityForResult(camera, TAKE_PHOTO);
        } catch (ActivityNotFoundException e) {
            Toast.makeText(this, R.string.camera_unavailable, Toast.LENGTH_LONG).show();
        }
    }

    @Override
    protected void onActivityResult(int requestCode, int resultCode, Intent data) {
        super.onActivityResult(requestCode, resultCode, data);
        if (requestCode != TAKE_PHOTO || rawPhoto == null) {
            return;
        }
        File raw = rawPhoto;
        rawPhoto = null;
        if (resultCode != RESULT_OK || !raw.isFile() || raw.length() == 0) {
            raw.delete();
            return;
        }
        Location fix = freshFix();
        app.inBackground(() -> {
            File compressed = Photos.compress(raw, Photos.outboxDir(this));
            raw.delete();
            if (compressed != null) {
                app.session()
                        .addPhoto(
                                id,
                                compressed.getPath(),
                                fix == null ? null : fix.getLatitude(),
                                fix == null ? null : fix.getLongitude());
                app.requestSync();
            }
        });
    }

    private void finishTicket() {
        TicketDetails t = app.session().ticket(id);
        List<String> missing = FieldSession.missingMandatory(t);
        if (!missing.isEmpty()) {
            Toast.makeText(this, getString(R.string.mandatory_missing, String.join(", ", missing)), Toast.LENGTH_LONG)
                    .show();
            startActivity(ChecklistActivity.intent(this, id));
            return;
        }
        LinearLayout form = Forms.column(this);
        EditText work = Forms.text(this, R.string.work_done_hint);
        EditText minutes = Forms.number(this, R.string.labour_minutes_hint, false);
        form.addView(work);
        form.addView(minutes);
        String signed = t.signerName == null
                ? getString(R.string.finish_unsigned)
                : getString(R.string.signed_by, t.signerName);
        Forms.show(this, getString(R.string.finish), signed, form, R.string.finish, () -> {
            Integer labour = null;
            String typed = minutes.getText().toString().trim();
            if (!typed.isEmpty()) {
                try {
                    labour = Integer.valueOf(typed);
                } catch (NumberFormatException e) {
                    labour = -1;
                }
                if (labour < 0 || labour > 100_000) {
                    minutes.setError(getString(R.string.labour_invalid));
                    return false;
                }
            }
            Integer l = labour;
            act(() -> app.session().finish(id, work.getText().toString(), l));
            return true;
        });
    }

    private void navigate() {
        TicketDetails t = app.session().ticket(id);
        Uri uri = t.summary.latitude != null
                ? Uri.parse("geo:" + t.summary.latitude.toPlainString() + "," + t.summary.longitude.toPlainString()
                        + "?q=" + t.summary.latitude.toPlainString() + "," + t.summary.longitude.toPlainString()
                        + "(" + Uri.encode(t.summary.number) + ")")
                : Uri.parse("geo:0,0?q=" + Uri.encode(t.summary.siteAddress));
        try {
            startActivity(new Intent(Intent.ACTION_VIEW, uri));
        } catch (ActivityNotFoundException e) {
            Toast.makeText(this, R.string.no_map_app, Toast.LENGTH_LONG).show();
        }
    }

    private void call() {
        String phone = phone(app.session().ticket(id));
        try {
            startActivity(new Intent(Intent.ACTION_DIAL, Uri.parse("tel:" + phone.replace(" ", ""))));
        } catch (ActivityNotFoundException e) {
            Toast.makeText(this, phone, Toast.LENGTH_LONG).show();
        }
    }

    private static String phone(TicketDetails t) {
        return t.contactPhone != null ? t.contactPhone : t.summary.customerPhone;
    }

    // --- view helpers

    private void bind(int view, View.OnClickListener listener) {
        findViewById(view).setOnClickListener(listener);
    }

    private void show(int view, boolean visible) {
        findViewById(view).setVisibility(visible ? View.VISIBLE : View.GONE);
    }

    private void text(int view, String value) {
        TextView v = findViewById(view);
        v.setText(value == null ? "" : value);
        v.setVisibility(value == null || value.isEmpty() ? View.GONE : View.VISIBLE);
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " · " + b;
    }
}
