package com.intervo.technician.core.api;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** My tickets changed since a cursor: store {@code tickets}, drop {@code removed}, keep only {@code openIds} open. */
public final class SyncPage {
    public long cursor;
    public List<TicketDetails> tickets = new ArrayList<>();
    public List<UUID> removed = new ArrayList<>();
    public List<UUID> openIds = new ArrayList<>();
}
