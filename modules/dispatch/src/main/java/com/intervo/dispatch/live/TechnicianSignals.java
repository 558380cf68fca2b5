package com.intervo.dispatch.live;

import com.intervo.dispatch.TicketAssigned;
import com.intervo.dispatch.TicketChanged;
import com.intervo.dispatch.TicketUnassigned;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.live.ClusterSignals;
import com.intervo.kernel.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * "One of your tickets changed", told to that technician only, on whichever replica their phone is connected to.
 * The ticket events are turned into signals just before their transaction commits and sent through the kernel's
 * {@link ClusterSignals} ({@code NOTIFY} on {@value #CHANNEL}, payload {@code tenantKey:userId:ticketId:KIND}), so
 * a rolled back change sends nothing; every replica hears them and hands each to the subscribers of that
 * (tenant, user) on this node. A technician's own actions signal nothing to them: the device that acted has the
 * answer (and their web page its own live refresh).
 */
@Component
public class TechnicianSignals {

    private static final Logger log = LoggerFactory.getLogger(TechnicianSignals.class);
    public static final String CHANNEL = "intervo_technician";

    /** What happened to the technician's ticket. */
    public enum Kind {
        /** The ticket was assigned to them. */
        ASSIGNED,
        /** It was taken away from them (reassigned, or back to the queue). */
        UNASSIGNED,
        /** It was cancelled while theirs. */
        CANCELLED,
        /** Anything else somebody else did on one of their tickets. */
        CHANGED
    }

    /** One signal: the technician's (user's) ticket and what happened to it. */
    public record Signal(TenantId tenant, UUID userId, UUID ticketId, Kind kind) {

        String payload() {
            return tenant.key() + ":" + userId + ":" + ticketId + ":" + kind.name();
        }

        /** Parses a NOTIFY payload; anything malformed (or with an invalid tenant key) is empty. */
        static Optional<Signal> parse(String payload) {
            String[] parts = payload == null ? new String[0] : payload.split(":");
            if (parts.length != 4 || !TenantId.isValid(parts[0])) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Signal(
                        new TenantId(parts[0]),
                        UUID.fromString(parts[1]),
                        UUID.fromString(parts[2]),
                        Kind.valueOf(parts[3])));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** Undoes a subscription. */
    public interface Subscription {
        void cancel();
    }

    private record Listener(TenantId tenant, UUID userId) {}

    private final ClusterSignals signals;
    private final Map<Listener, List<Consumer<Signal>>> subscribers = new ConcurrentHashMap<>();

    TechnicianSignals(ClusterSignals signals) {
        this.signals = signals;
        signals.on(CHANNEL, this::deliver);
    }

    // --- sending, inside the changing transaction

    @TransactionalEventListener(
            phase = TransactionPhase.BEFORE_COMMIT,
            condition = "@licenses.isLicensed(#event.tenant(), 'DISPATCH')")
    void changed(TicketChanged event) {
        // an assignment, a return to the queue and a cancellation are told by their own events (below); the
        // technician's own action is known to the device that made it: no round trip back to it
        boolean toldElsewhere = switch (event.action()) {
            case ASSIGNED, UNASSIGNED, CANCELLED -> true;
            default -> false;
        };
        if (!toldElsewhere
                && event.technicianId() != null
                && !event.technicianId().equals(event.actorId())) {
            send(new Signal(event.tenant(), event.technicianId(), event.ticketId(), Kind.CHANGED));
        }
    }

    @TransactionalEventListener(
            phase = TransactionPhase.BEFORE_COMMIT,
            condition = "@licenses.isLicensed(#event.tenant(), 'DISPATCH')")
    void assigned(TicketAssigned event) {
        send(new Signal(event.tenant(), event.technicianId(), event.ticketId(), Kind.ASSIGNED));
        if (event.previousTechnicianId() != null
                && !event.previousTechnicianId().equals(event.technicianId())) {
            send(new Signal(event.tenant(), event.previousTechnicianId(), event.ticketId(), Kind.UNASSIGNED));
        }
    }

    @TransactionalEventListener(
            phase = TransactionPhase.BEFORE_COMMIT,
            condition = "@licenses.isLicensed(#event.tenant(), 'DISPATCH')")
    void unassigned(TicketUnassigned event) {
        if (event.technicianId() != null) {
            send(new Signal(
                    event.tenant(),
                    event.technicianId(),
                    event.ticketId(),
                    event.cancelled() ? Kind.CANCELLED : Kind.UNASSIGNED));
        }
    }

    /** Sends a signal with the current transaction (delivered at commit, dropped on rollback). */
    void send(Signal signal) {
        signals.send(CHANNEL, signal.payload());
    }

    // --- receiving, on every node

    /**
     * Calls the consumer (on the listening thread: hand the work over) for every signal to the signed-in user, until
     * cancelled. Technicians (and admins, who may work tickets) only.
     */
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public Subscription subscribeMine(Consumer<Signal> consumer) {
        IntervoUser user = IntervoAuthentication.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
        return subscribe(user.tenant(), user.userId(), consumer);
    }

    /** Calls the consumer for every signal to this user of this tenant, until cancelled. */
    public Subscription subscribe(TenantId tenant, UUID userId, Consumer<Signal> consumer) {
        Listener listener = new Listener(tenant, userId);
        subscribers.computeIfAbsent(listener, l -> new CopyOnWriteArrayList<>()).add(consumer);
        return () -> subscribers.computeIfPresent(listener, (l, list) -> {
            list.remove(consumer);
            return list.isEmpty() ? null : list;
        });
    }

    /** Whether this node hears the signals of every replica right now (tests wait for it). */
    public boolean isListening() {
        return signals.isListening(CHANNEL);
    }

    /** How many subscribers a user has on this node. */
    public int subscribers(TenantId tenant, UUID userId) {
        return subscribers.getOrDefault(new Listener(tenant, userId), List.of()).size();
    }

    void deliver(String payload) {
        Signal.parse(payload)
                .ifPresentOrElse(
                        signal -> {
                            for (Consumer<Signal> consumer : subscribers.getOrDefault(
                                    new Listener(signal.tenant(), signal.userId()), List.of())) {
                                try {
                                    consumer.accept(signal);
                                } catch (RuntimeException e) {
                                    log.warn(
                                            "A technician-signal subscriber of {} failed: {}",
                                            signal.tenant(),
                                            e.toString());
                                }
                            }
                        },
                        () -> log.warn("Ignored a malformed technician notification: {}", payload));
    }
}
