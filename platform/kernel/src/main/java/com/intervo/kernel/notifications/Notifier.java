package com.intervo.kernel.notifications;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.UserAccount;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app alerts: written in the caller's transaction for every active user holding one of the roles (or for
 * named users); once that commits, the users' open screens hear about it and update their badge.
 */
@Service
public class Notifier {

    private final AppNotifications notifications;
    private final UserDirectory users;
    private final NotificationBroadcaster broadcaster;
    private final Clock clock;

    Notifier(
            AppNotifications notifications,
            UserDirectory users,
            NotificationBroadcaster broadcaster,
            Optional<Clock> clock) {
        this.notifications = notifications;
        this.users = users;
        this.broadcaster = broadcaster;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Alerts every active user with any of the roles; returns how many were alerted. */
    @Transactional
    public int notifyRoles(Set<Role> roles, Alert alert) {
        TenantContext.require();
        List<UUID> recipients =
                users.activeWithAnyRole(roles).stream().map(UserAccount::getId).toList();
        return notifyUsers(recipients, alert);
    }

    @Transactional
    public int notifyUsers(Collection<UUID> userIds, Alert alert) {
        TenantId tenant = TenantContext.require();
        Set<UUID> distinct = Set.copyOf(userIds);
        for (UUID user : distinct) {
            notifications.save(new AppNotification(user, alert));
        }
        notifications.flush();
        distinct.forEach(user -> broadcaster.signal(tenant, user, notifications.unread(user)));
        return distinct.size();
    }

    /** The signed-in user's newest alerts. */
    @Transactional(readOnly = true)
    @PermitAll
    public List<InAppNotification> mine(int limit) {
        UUID user = me().userId();
        return notifications.newest(user, PageRequest.of(0, Math.max(1, Math.min(limit, 200)))).stream()
                .map(AppNotification::view)
                .toList();
    }

    @Transactional(readOnly = true)
    @PermitAll
    public long myUnread() {
        return notifications.unread(me().userId());
    }

    @Transactional
    @PermitAll
    public void markRead(UUID id) {
        IntervoUser me = me();
        AppNotification n = notifications
                .findById(id)
                .filter(x -> x.getUserId().equals(me.userId()))
                .orElseThrow(() -> DomainException.notFound("kernel.notifications.not-found"));
        n.read(clock.instant());
        notifications.flush();
        broadcaster.signal(me.tenant(), me.userId(), notifications.unread(me.userId()));
    }

    @Transactional
    @PermitAll
    public void markAllRead() {
        IntervoUser me = me();
        notifications.readAll(me.userId(), clock.instant());
        broadcaster.signal(me.tenant(), me.userId(), 0);
    }

    /** Unread alerts of a user of the bound tenant (for jobs and tests). */
    @Transactional(readOnly = true)
    public long countUnread(UUID user) {
        TenantContext.require();
        return notifications.unread(user);
    }

    /** Newest alerts of a user of the bound tenant (for tests and admin tools). */
    @Transactional(readOnly = true)
    public List<InAppNotification> of(UUID user, int limit) {
        TenantContext.require();
        return notifications.newest(user, PageRequest.of(0, Math.max(1, limit))).stream()
                .map(AppNotification::view)
                .toList();
    }

    private static IntervoUser me() {
        IntervoUser user = IntervoAuthentication.current()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign in first"));
        if (!user.tenant().equals(TenantContext.require())) {
            throw new org.springframework.security.access.AccessDeniedException("Another workspace");
        }
        return user;
    }
}
