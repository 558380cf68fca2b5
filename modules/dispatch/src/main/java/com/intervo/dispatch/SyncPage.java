package com.intervo.dispatch;

import java.util.List;
import java.util.UUID;

/**
 * A technician's changes since a cursor: the tickets to store (new or changed), the ids to drop (taken away), and
 * the cursor to send next time. The same ticket may come again in the next page; the app replaces it.
 * {@code openIds} are all the technician's open tickets right now: an app that was offline while a ticket went from
 * it to one colleague and on to another drops whatever open ticket it holds that is not listed.
 */
public record SyncPage(long cursor, List<TicketDetails> tickets, List<UUID> removed, List<UUID> openIds) {}
