package com.intervo.workshop.plus;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test fixture standing in for Stock and Invoicing: listens to Plus's events as they will (with their own module's
 * license as the condition).
 */
@Component
public class PlusEvents {

    public final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener(condition = "@licenses.isLicensed(#event.tenant(), 'STOCK')")
    void on(QuoteAccepted event) {
        events.add(event);
    }

    @EventListener(condition = "@licenses.isLicensed(#event.tenant(), 'INVOICING')")
    void on(WorkshopSaleCompleted event) {
        events.add(event);
    }

    public <T> List<T> of(Class<T> type, java.util.UUID sheetId) {
        return events.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(e -> sheetId.equals(
                        e instanceof QuoteAccepted q ? q.sheetId() : ((WorkshopSaleCompleted) e).sheetId()))
                .toList();
    }
}
