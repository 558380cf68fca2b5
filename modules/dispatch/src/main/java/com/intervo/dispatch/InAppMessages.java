package com.intervo.dispatch;

import com.intervo.dispatch.domain.TechnicianNotification;
import com.intervo.dispatch.domain.TechnicianNotifications;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the app told each technician: kept in the app whether or not a push reached the phone. */
@Service
@Transactional(readOnly = true)
public class InAppMessages {

    /** One message. */
    public record Message(
            UUID id, UUID ticketId, String kind, String title, String body, Instant createdAt, boolean read) {}

    private final TechnicianNotifications notifications;
    private final Clock clock;

    InAppMessages(TechnicianNotifications notifications, Optional<Clock> clock) {
        this.notifications = notifications;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Keeps a message for a user; the notifier calls it with the tenant bound. */
    @Transactional
    public void add(UUID userId, UUID ticketId, String kind, String title, String body) {
        TenantContext.require();
        notifications.save(new TechnicianNotification(userId, ticketId, kind, title, body, clock.instant()));
    }

    /** The signed-in user's newest messages. */
    @PermitAll
    public List<Message> mine(int limit) {
        TenantContext.require();
        return notifications
                .findByUserIdOrderByCreatedAtDesc(me(), Limit.of(Math.max(1, Math.min(limit, 200))))
                .stream()
                .map(n -> new Message(
                        n.getId(),
                        n.getTicketId(),
                        n.getKind(),
                        n.getTitle(),
                        n.getBody(),
                        n.getCreatedAt(),
                        n.getReadAt() != null))
                .toList();
    }

    @PermitAll
    public long unread() {
        TenantContext.require();
        return notifications.countByUserIdAndReadAtIsNull(me());
    }

    @Transactional
    @PermitAll
    public void markAllRead() {
        TenantContext.require();
        UUID me = me();
        notifications.findByUserIdOrderByCreatedAtDesc(me, Limit.of(500)).forEach(n -> n.read(clock.instant()));
    }

    private static UUID me() {
        return IntervoAuthentication.current()
                .map(IntervoUser::userId)
                .orElseThrow(() -> new AccessDeniedException("Sign in"));
    }
}
