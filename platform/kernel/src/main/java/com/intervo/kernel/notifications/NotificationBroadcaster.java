package com.intervo.kernel.notifications;

import com.intervo.kernel.tenancy.TenantId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Tells the open screens of a user (on this node) that they have news, so the badge updates through Vaadin push.
 * Listeners must do their own {@code UI.access}. Across replicas the badge catches up on the next navigation.
 */
@Component
public class NotificationBroadcaster {

    private record Key(TenantId tenant, UUID user) {
    }

    private final Map<Key, Set<Consumer<Long>>> listeners = new ConcurrentHashMap<>();

    /** Registers a listener of the user's unread count; the returned handle removes it. */
    public Runnable register(TenantId tenant, UUID user, Consumer<Long> listener) {
        Key key = new Key(tenant, user);
        listeners.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(key, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    void publish(TenantId tenant, UUID user, long unread) {
        Set<Consumer<Long>> set = listeners.get(new Key(tenant, user));
        if (set != null) {
            set.forEach(l -> l.accept(unread));
        }
    }
}
