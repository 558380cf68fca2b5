package com.intervo.kernel.home;

/**
 * One card of "what needs me today".
 *
 * @param id       stable id of the card in the page ("workshop-unassigned")
 * @param titleKey i18n key of what is counted, with the count as {0} ("{0} sheets wait for a technician")
 * @param count    how many
 * @param route    the list that shows exactly these, a route path with its query ("workshop/queue?unassigned")
 * @param emptyKey i18n key said when there are none: what to do instead, or that nothing waits
 * @param urgent   shown as a warning while the count is above zero (overdue, at risk)
 * @param order    position on the page, lower first
 */
public record WorkCount(
        String id, String titleKey, long count, String route, String emptyKey, boolean urgent, int order) {}
