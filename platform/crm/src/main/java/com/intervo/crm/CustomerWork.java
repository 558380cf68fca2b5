package com.intervo.crm;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One module's work for a customer, as the customer page shows it.
 *
 * @param id        stable id of the section ("customer-sheets")
 * @param titleKey  i18n key of the section's title ("Service sheets")
 * @param total     how many items there are in all
 * @param open      how many of them are still open
 * @param amount    what they came to (may be null when the module does not price its work)
 * @param currency  the amount's currency
 * @param newKey    i18n key of the button that starts a new item ("New sheet"); null when the user may not
 * @param newRoute  the route that starts it for this customer
 * @param latest    the newest items
 * @param order     position on the page, lower first
 */
public record CustomerWork(
        String id,
        String titleKey,
        long total,
        long open,
        BigDecimal amount,
        String currency,
        String newKey,
        String newRoute,
        List<Item> latest,
        int order) {

    /**
     * One item of the list.
     *
     * @param at          when it came in or was opened
     * @param number      its number ("FS-2026-0042")
     * @param detail      a short text (device, problem)
     * @param status      its status in the user's language
     * @param colour      the status colour ({@code #rrggbb})
     * @param amount      what it came to, or null
     * @param route       where it opens
     */
    public record Item(
            Instant at, String number, String detail, String status, String colour, BigDecimal amount, String route) {}
}
