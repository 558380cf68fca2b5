package com.intervo.dispatch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test fixture: collects the module's integration events (what the mail outbox and invoicing will consume). */
@Component
public class PublishedEvents {

    public final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener(condition = "@licenses.isLicensed(#event.tenant(), 'DISPATCH')")
    void on(WorkReportIssued event) {
        events.add(event);
    }

    @EventListener(condition = "@licenses.isLicensed(#event.tenant(), 'DISPATCH')")
    void on(WorkApproved event) {
        events.add(event);
    }

    @EventListener(condition = "@licenses.isLicensed(#event.tenant(), 'DISPATCH')")
    void on(CustomerDelayNotified event) {
        events.add(event);
    }
}
