package com.intervo.dispatch;

import java.util.List;
import java.util.UUID;

/**
 * A technician's changes since a cursor: the tickets to store (new or changed), the ids to drop (taken away), and
 * the cursor to send next time. The same ticket may come again in the next page; the app replaces it.
 */
public record SyncPage(long cursor, List<TicketDetails> tickets, List<UUID> removed) {
}
