package com.intervo.kernel.notifications;

import com.intervo.kernel.live.ClusterSignals;
import com.intervo.kernel.tenancy.TenantId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the open screens of a user that they have news, so the badge updates through Vaadin push — on every
 * replica: the new unread count travels as a cluster signal sent with the transaction that changed it (nothing on
 * rollback), and each node passes it to the screens of that tenant's user open there. Listeners must do their own
 * {@code UI.access}.
 */
@Component
public class NotificationBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(NotificationBroadcaster.class);
    static final String CHANNEL = "intervo_alerts";

    private record Key(TenantId tenant, UUID user) {}

    private final ClusterSignals signals;
    private final Map<Key, Set<Consumer<Long>>> listeners = new ConcurrentHashMap<>();

    NotificationBroadcaster(ClusterSignals signals) {
        this.signals = signals;
        signals.on(CHANNEL, this::deliver);
    }

    /** Registers a listener of the user's unread count; the returned handle removes it. */
    public Runnable register(TenantId tenant, UUID user, Consumer<Long> listener) {
        Key key = new Key(tenant, user);
        listeners.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(key, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Whether this node hears the alerts raised on every replica right now (tests wait for it). */
    public boolean isListening() {
        return signals.isListening(CHANNEL);
    }

    /** Announces the user's new unread count with the current transaction. */
    void signal(TenantId tenant, UUID user, long unread) {
        signals.send(CHANNEL, tenant.key() + ":" + user + ":" + unread);
    }

    void deliver(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(":");
        if (parts.length != 3 || !TenantId.isValid(parts[0])) {
            log.warn("Ignored a malformed alert signal: {}", payload);
            return;
        }
        try {
            Set<Consumer<Long>> set = listeners.get(new Key(new TenantId(parts[0]), UUID.fromString(parts[1])));
            long unread = Long.parseLong(parts[2]);
            if (set != null && unread >= 0) {
                set.forEach(l -> l.accept(unread));
            }
        } catch (IllegalArgumentException e) {
            log.warn("Ignored a malformed alert signal: {}", payload);
        }
    }
}
