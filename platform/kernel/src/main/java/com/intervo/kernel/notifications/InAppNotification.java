package com.intervo.kernel.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One alert as the notification list shows it. */
public record InAppNotification(
        UUID id,
        String kind,
        String messageKey,
        List<String> params,
        String route,
        String ownerType,
        UUID ownerId,
        Instant createdAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
