package com.intervo.technician.ui;

import android.content.Context;
import com.intervo.technician.R;
import com.intervo.technician.core.outbox.CallKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The words the app shows for the server's codes, in the phone's language. */
final class Labels {

    private Labels() {}

    static String stage(Context c, String stage) {
        if (stage == null) {
            return "";
        }
        switch (stage) {
            case "NEW":
                return c.getString(R.string.stage_new);
            case "ASSIGNED":
                return c.getString(R.string.stage_assigned);
            case "ACCEPTED":
                return c.getString(R.string.stage_accepted);
            case "EN_ROUTE":
                return c.getString(R.string.stage_en_route);
            case "ON_SITE":
                return c.getString(R.string.stage_on_site);
            case "POSTPONED":
                return c.getString(R.string.stage_postponed);
            case "DONE":
                return c.getString(R.string.stage_done);
            case "CANCELLED":
                return c.getString(R.string.stage_cancelled);
            default:
                return stage;
        }
    }

    static String priority(Context c, String priority) {
        if ("URGENT".equals(priority)) {
            return c.getString(R.string.priority_urgent);
        }
        if ("HIGH".equals(priority)) {
            return c.getString(R.string.priority_high);
        }
        if ("LOW".equals(priority)) {
            return c.getString(R.string.priority_low);
        }
        return c.getString(R.string.priority_normal);
    }

    static String action(Context c, CallKind kind) {
        switch (kind) {
            case ACCEPT:
                return c.getString(R.string.accept);
            case DECLINE:
                return c.getString(R.string.decline);
            case POSTPONE:
                return c.getString(R.string.postpone);
            case BACK_TO_WORK:
                return c.getString(R.string.back_to_work);
            case EN_ROUTE:
                return c.getString(R.string.en_route);
            case ARRIVED:
                return c.getString(R.string.arrived);
            case WORK_START:
                return c.getString(R.string.start_work);
            case WORK_STOP:
                return c.getString(R.string.stop_work);
            case FINDING:
                return c.getString(R.string.add_finding);
            case PART:
                return c.getString(R.string.add_part);
            case REMOVE_PART:
                return c.getString(R.string.remove_part);
            case ANSWER:
                return c.getString(R.string.checklist);
            case PHOTO:
                return c.getString(R.string.take_photo);
            case SIGNATURE:
                return c.getString(R.string.signature);
            case FINISH:
                return c.getString(R.string.finish);
            default:
                return kind.name();
        }
    }

    /** When the visit is planned: the scheduled time, else the day wanted. */
    static String planned(Instant scheduledAt, LocalDate desired) {
        if (scheduledAt != null) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                    .format(scheduledAt.atZone(ZoneId.systemDefault()));
        }
        return desired == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).format(desired);
    }
}
