package com.intervo.crm;

import java.time.Instant;

/**
 * One event in an equipment's history.
 *
 * @param at       when it happened
 * @param titleKey i18n key of what happened ("workshop.timeline.sheet-opened")
 * @param detail   a short text in the tenant's own words (a problem, a sheet number); may be empty
 * @param route    a route path to open the entry, or null
 */
public record TimelineEntry(Instant at, String titleKey, String detail, String route) {}
