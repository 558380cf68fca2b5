package com.intervo.dispatch.rest;

import com.intervo.dispatch.live.TechnicianSignals;
import com.intervo.kernel.identity.ApiTokenService;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open {@code GET /api/v1/dispatch/events} streams of this node. Each is a Servlet async request (no thread
 * waits on it): it gets {@code ready} at once, then {@code ticket} for every signal to its user, and a
 * {@code : ping} comment every {@link Settings#heartbeat()} from one timer for all streams. A stream ends after
 * {@link Settings#lifetime()} (the app reconnects), and sooner when its token no longer stands for an active
 * technician or admin of a workspace licensed for Dispatch — checked before every ticket event and every
 * {@link Settings#recheck()} — so a deactivated user, a revoked token or a workspace's lost license takes effect
 * at the latest then. A stream whose client is gone fails its next write and is dropped.
 */
@Component
@EnableConfigurationProperties(TechnicianEventStreams.Settings.class)
class TechnicianEventStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TechnicianEventStreams.class);

    /**
     * The technicians' event streams.
     *
     * @param lifetime  how long a stream stays open before the server ends it (default 15 minutes)
     * @param heartbeat how often a {@code : ping} comment goes to every stream (default 25 s)
     * @param recheck   how often a stream's token and user are checked again between ticket events (default 5
     *                  minutes)
     */
    @ConfigurationProperties("intervo.dispatch.events")
    record Settings(Duration lifetime, Duration heartbeat, Duration recheck) {

        Settings {
            lifetime = positive(lifetime, Duration.ofMinutes(15));
            heartbeat = positive(heartbeat, Duration.ofSeconds(25));
            recheck = positive(recheck, Duration.ofMinutes(5));
        }

        private static Duration positive(Duration value, Duration otherwise) {
            return value == null || value.isNegative() || value.isZero() ? otherwise : value;
        }
    }

    /** The data of a {@code ticket} event: which ticket of yours, and what happened to it. */
    @Schema(name = "TechnicianTicketEvent")
    record TicketEvent(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID ticketId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            TechnicianSignals.Kind kind) {}

    /** The data of the {@code ready} event: how long this stream lasts and how often it pings. */
    @Schema(name = "TechnicianEventsReady")
    record ReadyEvent(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            long lifetimeSeconds,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            long heartbeatSeconds) {}

    /** How long the browser's EventSource (or the app) waits before it reconnects after a stream ended. */
    static final Duration RECONNECT = Duration.ofSeconds(5);

    private final TechnicianSignals signals;
    private final ApiTokenService tokens;
    private final Licenses licenses;
    private final Settings settings;
    private final Clock clock;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService executor;

    TechnicianEventStreams(
            TechnicianSignals signals,
            ApiTokenService tokens,
            Licenses licenses,
            Settings settings,
            Optional<Clock> clock) {
        this.signals = signals;
        this.tokens = tokens;
        this.licenses = licenses;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Opens the signed-in technician's stream; {@code token} is the bearer token of the call, checked again while
     * the stream is open.
     */
    SseEmitter open(String token) {
        IntervoUser user = IntervoAuthentication.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
        Instant now = clock.instant();
        // the container's own limit is a safety net only: the sweep ends the stream at its lifetime
        SseEmitter emitter = new SseEmitter(
                settings.lifetime().plus(settings.heartbeat().multipliedBy(2)).toMillis());
        Stream stream = new Stream(user, token, emitter, now.plus(settings.lifetime()), now.plus(settings.recheck()));
        // refused here (403) unless a technician or an admin
        stream.subscription = signals.subscribeMine(signal -> stream.later(() -> stream.ticket(signal)));
        streams.add(stream);
        emitter.onCompletion(stream::close);
        emitter.onError(e -> stream.close());
        emitter.onTimeout(stream::end);
        stream.send(SseEmitter.event()
                .name("ready")
                .reconnectTime(RECONNECT.toMillis())
                .data(
                        new ReadyEvent(
                                settings.lifetime().toSeconds(),
                                settings.heartbeat().toSeconds()),
                        MediaType.APPLICATION_JSON));
        return stream.emitter;
    }

    /**
     * One round of the timer: ends the streams that reached their lifetime, has those due checked again, pings the
     * rest. Runs every {@link Settings#heartbeat()}; tests call it with a time of their choosing.
     */
    void sweep(Instant now) {
        for (Stream stream : streams) {
            if (!now.isBefore(stream.endsAt)) {
                stream.end();
                continue;
            }
            if (!now.isBefore(stream.checkAt)) {
                stream.checkAt = now.plus(settings.recheck());
                stream.later(() -> {
                    if (!stream.allowed()) {
                        stream.end();
                    }
                });
            }
            stream.send(SseEmitter.event().comment(" ping"));
        }
    }

    /** How many streams this node holds open. */
    int count() {
        return streams.size();
    }

    /** How many streams one user of one workspace has open on this node. */
    int count(TenantId tenant, UUID userId) {
        return (int) streams.stream()
                .filter(s -> s.user.tenant().equals(tenant) && s.user.userId().equals(userId))
                .count();
    }

    private void run(Runnable work) {
        ScheduledExecutorService current = executor;
        if (current == null) {
            return;
        }
        try {
            current.execute(work);
        } catch (RejectedExecutionException e) {
            // shutting down: the streams are being ended
        }
    }

    // --- lifecycle: one timer for all streams; every stream ended before the web server stops

    @Override
    public synchronized void start() {
        if (executor == null) {
            executor = Executors.newScheduledThreadPool(
                    2, Thread.ofPlatform().daemon().name("dispatch-events-", 0).factory());
            long every = settings.heartbeat().toMillis();
            executor.scheduleWithFixedDelay(
                    () -> {
                        try {
                            sweep(clock.instant());
                        } catch (RuntimeException e) {
                            log.warn("The technicians' event streams: a sweep failed: {}", e.toString());
                        }
                    },
                    every,
                    every,
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdownNow();
        }
        streams.forEach(Stream::end);
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** One open stream. */
    private final class Stream {

        final IntervoUser user;
        final String token;
        final SseEmitter emitter;
        final Instant endsAt;
        volatile Instant checkAt;
        volatile TechnicianSignals.Subscription subscription;
        final AtomicBoolean closed = new AtomicBoolean();
        /** The stream's ticket events, sent one after the other in the order they came (commit order). */
        private final Queue<Runnable> work = new ConcurrentLinkedQueue<>();

        private final AtomicBoolean working = new AtomicBoolean();

        Stream(IntervoUser user, String token, SseEmitter emitter, Instant endsAt, Instant checkAt) {
            this.user = user;
            this.token = token;
            this.emitter = emitter;
            this.endsAt = endsAt;
            this.checkAt = checkAt;
        }

        /** Runs the work on the timer's threads, after the stream's earlier work. */
        void later(Runnable task) {
            work.add(task);
            drainLater();
        }

        private void drainLater() {
            if (!work.isEmpty() && working.compareAndSet(false, true)) {
                run(this::drain);
            }
        }

        private void drain() {
            try {
                for (Runnable task; (task = work.poll()) != null; ) {
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        log.warn("A technician's event stream failed: {}", e.toString());
                    }
                }
            } finally {
                working.set(false);
                drainLater();
            }
        }

        /** A signal to this stream's user: checked, then sent. */
        void ticket(TechnicianSignals.Signal signal) {
            if (closed.get()) {
                return;
            }
            if (!allowed()) {
                end();
                return;
            }
            checkAt = clock.instant().plus(settings.recheck());
            send(SseEmitter.event()
                    .name("ticket")
                    .id(UUID.randomUUID().toString())
                    .data(new TicketEvent(signal.ticketId(), signal.kind()), MediaType.APPLICATION_JSON));
        }

        /**
         * Whether the token still stands for this user, active, a technician or an admin, in a workspace licensed
         * for Dispatch (fails closed).
         */
        boolean allowed() {
            try {
                return tokens.authenticate(token)
                                .filter(u -> u.tenant().equals(user.tenant())
                                        && u.userId().equals(user.userId()))
                                .filter(u -> u.has(Role.TECHNICIAN) || u.has(Role.ADMIN))
                                .isPresent()
                        && licenses.isLicensed(user.tenant(), ModuleKey.DISPATCH);
            } catch (RuntimeException e) {
                log.warn("Cannot check a technician's event stream again, ending it: {}", e.toString());
                return false;
            }
        }

        void send(SseEmitter.SseEventBuilder event) {
            if (closed.get()) {
                return;
            }
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException e) {
                // the client is gone (the container reports the error and completes the request) or it completed
                close();
            }
        }

        /** The server ends the stream (lifetime, no longer allowed, shutdown); the app reconnects. */
        void end() {
            if (close()) {
                try {
                    emitter.complete();
                } catch (RuntimeException e) {
                    log.debug("Ending a technician's event stream: {}", e.toString());
                }
            }
        }

        /** Forgets the stream (once); true the first time. */
        boolean close() {
            if (!closed.compareAndSet(false, true)) {
                return false;
            }
            streams.remove(this);
            TechnicianSignals.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            return true;
        }
    }
}
