package com.intervo.kernel.search;

/**
 * One result of the global search.
 *
 * @param kindKey  i18n key of what it is ("crm.search.customer")
 * @param title    the main text (a name, a serial number)
 * @param subtitle a second line (phone, e-mail, owner)
 * @param route    where clicking it leads, a route path
 */
public record SearchHit(String kindKey, String title, String subtitle, String route) {}
