package com.intervo.technician.ui;

import android.Manifest;
import android.app.Activity;
import android.content.Intent;
import android.content.pm.PackageManager;
import android.os.Build;
import android.os.Bundle;
import android.view.LayoutInflater;
import android.view.Menu;
import android.view.MenuItem;
import android.view.View;
import android.view.ViewGroup;
import android.widget.ListView;
import android.widget.Switch;
import android.widget.TextView;
import com.intervo.technician.R;
import com.intervo.technician.TechnicianApp;
import com.intervo.technician.core.api.TicketDetails;
import com.intervo.technician.core.sync.SyncReport;
import com.intervo.technician.core.sync.TicketLists;
import com.intervo.technician.duty.DutyService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** My tickets: today, upcoming, postponed; the on-duty switch; what waits to be sent. */
public class TicketListActivity extends LiveActivity {

    private static final int ASK_LOCATION = 1;

    private TextView banner;
    private Switch duty;
    private final TicketRows rows = new TicketRows();

    @Override
    protected void onCreate(Bundle state) {
        super.onCreate(state);
        setContentView(R.layout.activity_ticket_list);
        banner = findViewById(R.id.banner);
        duty = findViewById(R.id.duty);
        ListView list = findViewById(R.id.tickets);
        list.setEmptyView(findViewById(R.id.empty));
        list.setAdapter(rows);
        list.setOnItemClickListener((parent, view, position, id) -> {
            Object row = rows.getItem(position);
            if (row instanceof TicketDetails) {
                startActivity(TicketActivity.intent(this, ((TicketDetails) row).id()));
            }
        });
        banner.setOnClickListener(v -> startActivity(new Intent(this, OutboxActivity.class)));
        duty.setOnCheckedChangeListener((button, checked) -> {
            if (checked == app.onDuty()) {
                return;
            }
            if (checked) {
                goOnDuty();
            } else {
                app.onDuty(false);
                DutyService.stop(this);
            }
        });
    }

    @Override
    protected void onResume() {
        super.onResume();
        app.requestSync();
    }

    @Override
    public boolean onCreateOptionsMenu(Menu menu) {
        getMenuInflater().inflate(R.menu.tickets, menu);
        return true;
    }

    @Override
    public boolean onOptionsItemSelected(MenuItem item) {
        if (item.getItemId() == R.id.sync) {
            app.requestSync();
            return true;
        }
        if (item.getItemId() == R.id.sign_out) {
            app.signOut();
            startActivity(new Intent(this, SignInActivity.class));
            finish();
            return true;
        }
        return super.onOptionsItemSelected(item);
    }

    void render() {
        if (!app.signedIn()) {
            startActivity(new Intent(this, SignInActivity.class));
            finish();
            return;
        }
        setTitle(getString(R.string.my_tickets));
        duty.setChecked(app.onDuty());
        ZoneId zone = ZoneId.systemDefault();
        TicketLists lists = TicketLists.of(app.session().myTickets(), LocalDate.now(zone), zone);
        List<Object> items = new ArrayList<>();
        section(items, R.string.today, lists.today);
        section(items, R.string.upcoming, lists.upcoming);
        section(items, R.string.postponed, lists.postponed);
        section(items, R.string.done_recently, lists.done);
        rows.show(items);
        renderBanner(banner, app);
    }

    /** The strip above the list: offline, waiting to be sent, or calls that need the technician. */
    static void renderBanner(TextView banner, TechnicianApp app) {
        SyncReport report = app.lastReport();
        int attention = app.session().attention().size();
        int waiting = app.waitingCalls() - attention;
        Activity activity = (Activity) banner.getContext();
        if (attention > 0) {
            banner.setText(activity.getResources().getQuantityString(R.plurals.attention_banner, attention, attention));
            banner.setBackgroundResource(R.color.danger);
        } else if (report != null && report.offline) {
            banner.setText(
                    waiting > 0
                            ? activity.getResources().getQuantityString(R.plurals.offline_waiting, waiting, waiting)
                            : activity.getString(R.string.offline_banner));
            banner.setBackgroundResource(R.color.warning);
        } else if (waiting > 0) {
            banner.setText(activity.getResources().getQuantityString(R.plurals.waiting_banner, waiting, waiting));
            banner.setBackgroundResource(R.color.info);
        } else {
            banner.setVisibility(View.GONE);
            return;
        }
        banner.setVisibility(View.VISIBLE);
    }

    private void section(List<Object> items, int title, List<TicketDetails> tickets) {
        if (!tickets.isEmpty()) {
            items.add(getString(title) + " (" + tickets.size() + ")");
            items.addAll(tickets);
        }
    }

    private void goOnDuty() {
        List<String> missing = new ArrayList<>();
        if (checkSelfPermission(Manifest.permission.ACCESS_FINE_LOCATION) != PackageManager.PERMISSION_GRANTED) {
            missing.add(Manifest.permission.ACCESS_FINE_LOCATION);
        }
        if (Build.VERSION.SDK_INT >= 33
                && checkSelfPermission(Manifest.permission.POST_NOTIFICATIONS) != PackageManager.PERMISSION_GRANTED) {
            missing.add(Manifest.permission.POST_NOTIFICATIONS);
        }
        if (!missing.isEmpty()) {
            requestPermissions(missing.toArray(new String[0]), ASK_LOCATION);
            return;
        }
        app.onDuty(true);
        DutyService.start(this);
    }

    @Override
    public void onRequestPermissionsResult(int requestCode, String[] permissions, int[] results) {
        if (requestCode == ASK_LOCATION) {
            if (checkSelfPermission(Manifest.permission.ACCESS_FINE_LOCATION) == PackageManager.PERMISSION_GRANTED) {
                app.onDuty(true);
                DutyService.start(this);
            } else {
                duty.setChecked(false);
                banner.setText(R.string.location_permission_needed);
                banner.setVisibility(View.VISIBLE);
            }
        }
    }

    private final class TicketRows extends Rows<Object> {

        @Override
        public int getViewTypeCount() {
            return 2;
        }

        @Override
        public int getItemViewType(int position) {
            return items.get(position) instanceof String ? 0 : 1;
        }

        @Override
        public boolean isEnabled(int position) {
            return getItemViewType(position) == 1;
        }

        @Override
        public View getView(int position, View view, ViewGroup parent) {
            Object item = items.get(position);
            LayoutInflater inflater = getLayoutInflater();
            if (item instanceof String) {
                TextView header = view != null
                        ? (TextView) view
                        : (TextView) inflater.inflate(R.layout.item_section, parent, false);
                header.setText((String) item);
                return header;
            }
            View row = view != null ? view : inflater.inflate(R.layout.item_ticket, parent, false);
            TicketDetails t = (TicketDetails) item;
            ((TextView) row.findViewById(R.id.number))
                    .setText(t.summary.number + " · " + Labels.priority(TicketListActivity.this, t.summary.priority));
            ((TextView) row.findViewById(R.id.stage)).setText(Labels.stage(TicketListActivity.this, t.summary.stage));
            ((TextView) row.findViewById(R.id.customer)).setText(t.summary.customerName);
            ((TextView) row.findViewById(R.id.address)).setText(t.summary.siteAddress);
            ((TextView) row.findViewById(R.id.equipment))
                    .setText(
                            t.summary.equipmentName == null
                                    ? t.summary.problem
                                    : t.summary.equipmentName + " — " + t.summary.problem);
            ((TextView) row.findViewById(R.id.planned))
                    .setText(Labels.planned(t.summary.scheduledAt, t.summary.desiredDate));
            row.findViewById(R.id.urgent)
                    .setVisibility(
                            "URGENT".equals(t.summary.priority) || "HIGH".equals(t.summary.priority)
                                    ? View.VISIBLE
                                    : View.INVISIBLE);
            return row;
        }
    }
}
