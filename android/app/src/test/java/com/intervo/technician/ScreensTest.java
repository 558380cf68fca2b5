package com.intervo.technician;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

import android.app.AlertDialog;
import android.content.Intent;
import android.view.View;
import android.widget.Button;
import android.widget.EditText;
import android.widget.ListView;
import android.widget.TextView;
import com.intervo.technician.core.api.TicketDetails;
import com.intervo.technician.core.outbox.CallKind;
import com.intervo.technician.core.outbox.PendingCall;
import com.intervo.technician.data.SqliteTicketStore;
import com.intervo.technician.ui.ChecklistActivity;
import com.intervo.technician.ui.SignInActivity;
import com.intervo.technician.ui.SignatureActivity;
import com.intervo.technician.ui.SignatureView;
import com.intervo.technician.ui.TicketActivity;
import com.intervo.technician.ui.TicketListActivity;
import java.io.File;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.shadows.ShadowAlertDialog;
import org.robolectric.shadows.ShadowToast;

/** The technician's screens at phone size, offline: what they show, what a tap does, and a screenshot of each. */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = 34, application = TestTechnicianApp.class, qualifiers = "w392dp-h850dp-port-xhdpi")
public class ScreensTest {

    @Test
    public void signInAsksForEveryField() {
        ActivityController<SignInActivity> screen =
                Robolectric.buildActivity(SignInActivity.class).setup();
        SignInActivity activity = screen.get();
        ((EditText) activity.findViewById(R.id.workspace)).setText("demo");
        activity.findViewById(R.id.sign_in).performClick();
        assertThat(((EditText) activity.findViewById(R.id.username)).getError()).hasToString("Required");
        assertThat(((EditText) activity.findViewById(R.id.password)).getError()).hasToString("Required");
        assertThat(((EditText) activity.findViewById(R.id.workspace)).getError())
                .isNull();
        Screenshots.save(activity, "sign-in");
    }

    @Test
    public void myTicketsInSectionsAndTheOfflineBanner() {
        TechnicianApp app = Fixtures.signedIn();
        SqliteTicketStore store = Fixtures.tickets(app);
        LocalDate today = LocalDate.now();
        store.put(Fixtures.ticket("T-2026-00101", "ASSIGNED", "URGENT", today));
        store.put(Fixtures.ticket("T-2026-00102", "EN_ROUTE", "NORMAL", today.minusDays(1)));
        store.put(Fixtures.ticket("T-2026-00103", "ACCEPTED", "NORMAL", today.plusDays(2)));
        store.put(Fixtures.ticket("T-2026-00104", "POSTPONED", "LOW", today));

        TicketListActivity activity =
                Robolectric.buildActivity(TicketListActivity.class).setup().get();
        Fixtures.waitFor(() -> app.lastReport() != null);
        ListView list = activity.findViewById(R.id.tickets);
        assertThat(rows(list))
                .containsExactly(
                        "Today (2)",
                        "T-2026-00101",
                        "T-2026-00102",
                        "Upcoming (1)",
                        "T-2026-00103",
                        "Postponed (1)",
                        "T-2026-00104");
        TextView banner = activity.findViewById(R.id.banner);
        assertThat(banner.getVisibility()).isEqualTo(View.VISIBLE);
        assertThat(banner.getText().toString()).startsWith("Offline");
        Screenshots.save(activity, "ticket-list");

        shadowOf(list).performItemClick(1);
        Intent opened = shadowOf(activity).getNextStartedActivity();
        assertThat(opened.getComponent().getClassName()).isEqualTo(TicketActivity.class.getName());
    }

    @Test
    @Config(qualifiers = "ro-w392dp-h850dp-port-xhdpi")
    public void inRomanianOnARomanianPhone() {
        TechnicianApp app = Fixtures.signedIn();
        Fixtures.tickets(app).put(Fixtures.ticket("T-2026-00201", "ASSIGNED", "HIGH", LocalDate.now()));
        TicketListActivity activity =
                Robolectric.buildActivity(TicketListActivity.class).setup().get();
        Fixtures.waitFor(() -> app.lastReport() != null);
        assertThat(activity.getTitle().toString()).isEqualTo("Lucrările mele");
        assertThat(rows(activity.findViewById(R.id.tickets))).startsWith("Azi (1)");
        assertThat(((TextView) activity.findViewById(R.id.banner)).getText().toString())
                .startsWith("Fără conexiune");
        Screenshots.save(activity, "ticket-list-ro");

        TicketDetails t = app.session().myTickets().get(0);
        TicketActivity ticket = open(TicketActivity.class, t);
        assertThat(((Button) ticket.findViewById(R.id.accept)).getText().toString())
                .isEqualTo("Preiau");
        assertThat(((TextView) ticket.findViewById(R.id.stage)).getText().toString())
                .isEqualTo("Alocată · Ridicată");
        Screenshots.save(ticket, "ticket-ro");
    }

    @Test
    public void aTicketOffersWhatItsStageAllowsQueuesTheActionAndOpensMapsAndPhone() {
        TechnicianApp app = Fixtures.signedIn();
        TicketDetails t = Fixtures.ticket("T-2026-00301", "ASSIGNED", "URGENT", LocalDate.now());
        Fixtures.tickets(app).put(t);
        TicketActivity activity = open(TicketActivity.class, t);
        assertThat(visible(activity, R.id.accept)).isTrue();
        assertThat(visible(activity, R.id.decline)).isTrue();
        assertThat(visible(activity, R.id.en_route)).isFalse();
        assertThat(visible(activity, R.id.finish)).isFalse();
        Screenshots.save(activity, "ticket");

        activity.findViewById(R.id.accept).performClick();
        Fixtures.waitFor(() -> app.lastReport() != null);
        List<PendingCall> queued = app.session().pending(t.id());
        assertThat(queued).extracting(c -> c.kind).containsExactly(CallKind.ACCEPT);
        assertThat(visible(activity, R.id.accept)).isFalse();
        assertThat(visible(activity, R.id.en_route)).isTrue();
        assertThat(visible(activity, R.id.arrived)).isTrue();
        assertThat(((TextView) activity.findViewById(R.id.banner)).getText().toString())
                .contains("1 change");

        activity.findViewById(R.id.navigate).performClick();
        Intent map = shadowOf(activity).getNextStartedActivity();
        assertThat(map.getAction()).isEqualTo(Intent.ACTION_VIEW);
        assertThat(map.getData().toString()).startsWith("geo:46.770439,23.591423?q=46.770439,23.591423");
        activity.findViewById(R.id.call).performClick();
        Intent dial = shadowOf(activity).getNextStartedActivity();
        assertThat(dial.getAction()).isEqualTo(Intent.ACTION_DIAL);
        assertThat(dial.getData().toString()).isEqualTo("tel:0722123456");

        activity.findViewById(R.id.decline).performClick();
        shadowOf(android.os.Looper.getMainLooper()).idle();
        AlertDialog reason = (AlertDialog) ShadowAlertDialog.getLatestDialog();
        reason.getButton(AlertDialog.BUTTON_POSITIVE).performClick();
        assertThat(reason.isShowing()).as("a decline needs a reason").isTrue();
        assertThat(app.session().pending(t.id())).hasSize(1);
    }

    @Test
    public void finishingNeedsTheMandatoryPointsAndTheChecklistTellsWhichAreLeft() {
        TechnicianApp app = Fixtures.signedIn();
        TicketDetails t = Fixtures.ticket("T-2026-00401", "ON_SITE", "NORMAL", LocalDate.now());
        Fixtures.tickets(app).put(t);
        TicketActivity activity = open(TicketActivity.class, t);
        assertThat(((Button) activity.findViewById(R.id.checklist)).getText().toString())
                .isEqualTo("Checklist 0 / 3");
        assertThat(visible(activity, R.id.take_photo)).isTrue();
        assertThat(visible(activity, R.id.signature)).isTrue();
        assertThat(visible(activity, R.id.accept)).isFalse();
        Screenshots.save(activity, "ticket-on-site");
        activity.findViewById(R.id.finish).performClick();
        assertThat(ShadowToast.getTextOfLatestToast()).startsWith("Answer the mandatory points first: 1. Verificare");
        Intent checklistIntent = shadowOf(activity).getNextStartedActivity();
        assertThat(checklistIntent.getComponent().getClassName()).isEqualTo(ChecklistActivity.class.getName());

        ChecklistActivity checklist = Robolectric.buildActivity(ChecklistActivity.class, checklistIntent)
                .setup()
                .get();
        TextView summary = checklist.findViewById(R.id.summary);
        assertThat(summary.getText().toString()).isEqualTo("2 mandatory points left");
        ListView points = checklist.findViewById(R.id.points);
        shadowOf(points).performItemClick(0);
        shadowOf(android.os.Looper.getMainLooper()).idle();
        AlertDialog dialog = (AlertDialog) ShadowAlertDialog.getLatestDialog();
        dialog.getButton(AlertDialog.BUTTON_POSITIVE).performClick();
        Fixtures.waitFor(() -> !dialog.isShowing());
        Fixtures.waitFor(() -> summary.getText().toString().equals("1 mandatory point left"));
        assertThat(summary.getText().toString()).isEqualTo("1 mandatory point left");
        Screenshots.save(checklist, "checklist");
    }

    @Test
    public void theCustomerSignsOnTheScreen() throws Exception {
        TechnicianApp app = Fixtures.signedIn();
        TicketDetails t = Fixtures.ticket("T-2026-00501", "ON_SITE", "NORMAL", LocalDate.now());
        Fixtures.tickets(app).put(t);
        SignatureActivity activity = Robolectric.buildActivity(
                        SignatureActivity.class, new Intent().putExtra("ticketId", t.id().toString()))
                .setup()
                .get();
        assertThat(((EditText) activity.findViewById(R.id.signer)).getText().toString())
                .isEqualTo("Ion Popescu");
        activity.findViewById(R.id.save).performClick();
        assertThat(ShadowToast.getTextOfLatestToast()).isEqualTo("The customer has not signed yet");
        assertThat(app.session().pending(t.id())).isEmpty();

        SignatureView pad = activity.findViewById(R.id.pad);
        pad.stroke(new float[] {60, 300, 140, 180, 220, 320, 300, 170, 380, 310, 460, 200, 560, 280});
        Screenshots.save(activity, "signature");
        activity.findViewById(R.id.save).performClick();
        List<PendingCall> queued = app.session().pending(t.id());
        assertThat(queued).extracting(c -> c.kind).containsExactly(CallKind.SIGNATURE);
        byte[] png = Files.readAllBytes(new File(queued.get(0).filePath).toPath());
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(queued.get(0).json).contains("\"signerName\":\"Ion Popescu\"");
        assertThat(activity.isFinishing()).isTrue();
    }

    private static <A extends android.app.Activity> A open(Class<A> type, TicketDetails t) {
        Intent intent = new Intent().putExtra("ticketId", t.id().toString());
        return Robolectric.buildActivity(type, intent).setup().get();
    }

    private static boolean visible(android.app.Activity activity, int id) {
        return activity.findViewById(id).getVisibility() == View.VISIBLE;
    }

    /** Section headers as shown, tickets by number. */
    private static List<String> rows(ListView list) {
        List<String> rows = new java.util.ArrayList<>();
        for (int i = 0; i < list.getAdapter().getCount(); i++) {
            Object item = list.getAdapter().getItem(i);
            rows.add(item instanceof String ? (String) item : ((TicketDetails) item).summary.number);
        }
        return rows;
    }
}
