package com.intervo.dispatch.live;

import com.intervo.kernel.live.ClusterSignals;
import com.intervo.kernel.tenancy.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Live updates of the dispatch board across replicas. A change is announced through the kernel's
 * {@link ClusterSignals} (PostgreSQL {@code NOTIFY} in the transaction that made it, so it goes out only if that
 * commits); every replica hears it and hands it to the subscribers of that tenant only, on this node — the node that
 * made the change included, so there is one path for all.
 */
@Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    public static final String CHANNEL = "intervo_dispatch";

    /** What changed: a ticket, or a technician's position. */
    public enum Kind {
        TICKET,
        POSITION
    }

    /** One change, as delivered to subscribers. */
    public record Change(TenantId tenant, Kind kind, UUID id) {

        String payload() {
            return tenant.key() + ":" + (kind == Kind.TICKET ? "T" : "P") + ":" + id;
        }

        /** Parses a NOTIFY payload; anything malformed (or with an invalid tenant key) is empty. */
        static Optional<Change> parse(String payload) {
            String[] parts = payload == null ? new String[0] : payload.split(":");
            if (parts.length != 3 || !TenantId.isValid(parts[0])) {
                return Optional.empty();
            }
            try {
                Kind kind = switch (parts[1]) {
                    case "T" -> Kind.TICKET;
                    case "P" -> Kind.POSITION;
                    default -> null;
                };
                return kind == null
                        ? Optional.empty()
                        : Optional.of(new Change(new TenantId(parts[0]), kind, UUID.fromString(parts[2])));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** Undoes a subscription. */
    public interface Subscription {
        void cancel();
    }

    private final ClusterSignals signals;
    private final Map<TenantId, List<Consumer<Change>>> subscribers = new ConcurrentHashMap<>();

    LiveUpdates(ClusterSignals signals) {
        this.signals = signals;
        signals.on(CHANNEL, this::deliver);
    }

    /**
     * Announces a change within the current transaction (PostgreSQL delivers it at commit, and drops it on
     * rollback). Must run inside a transaction that holds the tenant's connection.
     */
    public void announce(TenantId tenant, Kind kind, UUID id) {
        signals.send(CHANNEL, new Change(tenant, kind, id).payload());
    }

    /** Calls the consumer (on the listener's thread) for every change of this tenant, until cancelled. */
    public Subscription subscribe(TenantId tenant, Consumer<Change> consumer) {
        subscribers.computeIfAbsent(tenant, t -> new CopyOnWriteArrayList<>()).add(consumer);
        return () -> subscribers.computeIfPresent(tenant, (t, list) -> {
            list.remove(consumer);
            return list.isEmpty() ? null : list;
        });
    }

    /** Whether this node hears the changes of every replica right now (tests wait for it). */
    public boolean isListening() {
        return signals.isListening(CHANNEL);
    }

    /** How many subscribers a tenant has on this node. */
    public int subscribers(TenantId tenant) {
        return subscribers.getOrDefault(tenant, List.of()).size();
    }

    void deliver(String payload) {
        Change.parse(payload)
                .ifPresentOrElse(
                        change -> {
                            for (Consumer<Change> consumer : subscribers.getOrDefault(change.tenant(), List.of())) {
                                try {
                                    consumer.accept(change);
                                } catch (RuntimeException e) {
                                    log.warn(
                                            "A live-update subscriber of {} failed: {}", change.tenant(), e.toString());
                                }
                            }
                        },
                        () -> log.warn("Ignored a malformed dispatch notification: {}", payload));
    }
}
