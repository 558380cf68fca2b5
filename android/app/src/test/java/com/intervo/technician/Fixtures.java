package com.intervo.technician;

import android.os.Looper;
import com.intervo.technician.core.api.TicketDetails;
import com.intervo.technician.core.api.TicketSummary;
import com.intervo.technician.data.AppDatabase;
import com.intervo.technician.data.SqliteTicketStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.Shadows;

/** A technician signed in earlier (token in the vault) with tickets on the phone, as after a sync. */
final class Fixtures {

    static final UUID ME = UUID.fromString("11111111-2222-3333-4444-555555555555");
    /** A port nothing listens on: the phone is offline. */
    static final String NO_SERVER = "http://127.0.0.1:9";

    private Fixtures() {}

    static TechnicianApp signedIn() {
        TechnicianApp app = (TechnicianApp) RuntimeEnvironment.getApplication();
        app.prefs()
                .edit()
                .putString("server", NO_SERVER)
                .putString("workspace", "demo")
                .putString("username", "technician")
                .putString("displayName", "Vlad Stan")
                .putString("userId", ME.toString())
                .putString("modules", ",DISPATCH,")
                .putString(
                        "parts",
                        "[{\"id\":\"" + UUID.randomUUID()
                                + "\",\"code\":\"GAR-34\",\"name\":\"Garnitură racord 3/4\",\"unit\":\"buc\"},"
                                + "{\"id\":\"" + UUID.randomUUID()
                                + "\",\"code\":\"SNZ-NTC\",\"name\":\"Senzor NTC\",\"unit\":\"buc\"}]")
                .commit();
        app.vault().store("ivt_test-token");
        app.restoreSession();
        return app;
    }

    static SqliteTicketStore tickets(TechnicianApp app) {
        return new SqliteTicketStore(new AppDatabase(app, "intervo.db"));
    }

    static TicketDetails ticket(String number, String stage, String priority, LocalDate day) {
        TicketDetails t = new TicketDetails();
        t.summary = new TicketSummary();
        t.summary.id = UUID.randomUUID();
        t.summary.version = 3;
        t.summary.number = number;
        t.summary.kind = "REPAIR";
        t.summary.stage = stage;
        t.summary.priority = priority;
        t.summary.customerName = "Ion Popescu";
        t.summary.customerPhone = "0722 123 456";
        t.summary.siteAddress = "Str. Lalelelor 5, Cluj-Napoca";
        t.summary.latitude = new BigDecimal("46.770439");
        t.summary.longitude = new BigDecimal("23.591423");
        t.summary.equipmentName = "Vaillant ecoTEC plus";
        t.summary.serialNumber = "21163500100253820006005531N1";
        t.summary.technicianId = ME;
        t.summary.problem = "Centrala nu pornește, cod F28";
        t.summary.desiredDate = day;
        t.checklistName = "Revizie centrală termică";
        t.checklist.add(point(1, "Verificare etanșeitate instalație gaz", true, "Scăpări de gaz la racord"));
        t.checklist.add(point(2, "Analiza gazelor arse", true, "CO peste limită"));
        t.checklist.add(point(3, "Curățare schimbător de căldură", false, null));
        return t;
    }

    private static TicketDetails.ChecklistItem point(int position, String text, boolean mandatory, String defect) {
        TicketDetails.ChecklistItem item = new TicketDetails.ChecklistItem();
        item.id = UUID.randomUUID();
        item.position = position;
        item.text = text;
        item.mandatory = mandatory;
        if (defect != null) {
            item.defects.add(defect);
        }
        return item;
    }

    /** Runs what the background sync posted to the main thread, until the condition holds (or 10 s). */
    static void waitFor(java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Shadows.shadowOf(Looper.getMainLooper()).idle();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        Shadows.shadowOf(Looper.getMainLooper()).idle();
    }
}
