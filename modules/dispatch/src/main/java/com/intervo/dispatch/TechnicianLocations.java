package com.intervo.dispatch;

import com.intervo.dispatch.domain.Technicians;
import com.intervo.dispatch.live.LiveUpdates;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Location pings from the technicians' phones, sent in batches; the board's map shows the newest. */
@Service
public class TechnicianLocations {

    public static final int MAX_BATCH = 500;
    /** The board shows how old a fix is in minutes: one "technician moved" per technician per few seconds is plenty. */
    static final Duration ANNOUNCE_EVERY = Duration.ofSeconds(5);

    /** One fix as the phone recorded it. */
    public record Ping(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Instant recordedAt,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal latitude,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal longitude,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            BigDecimal accuracyM,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            BigDecimal speedMps,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Integer battery) {}

    private final Technicians technicians;
    private final LiveUpdates live;
    private final Clock clock;
    /** When each technician's move was last announced, per workspace (user ids are only unique within one). */
    private final java.util.Map<Mover, Instant> announced = new java.util.concurrent.ConcurrentHashMap<>();

    private record Mover(com.intervo.kernel.tenancy.TenantId tenant, java.util.UUID user) {}

    TechnicianLocations(Technicians technicians, LiveUpdates live, Optional<Clock> clock) {
        this.technicians = technicians;
        this.live = live;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Stores the signed-in technician's pings (a repeated one is ignored); returns how many were new. */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public int record(List<Ping> pings) {
        var tenant = TenantContext.require();
        IntervoUser user = IntervoAuthentication.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (pings == null || pings.isEmpty()) {
            throw DomainException.invalid("dispatch.error.pings-empty", "pings");
        }
        if (pings.size() > MAX_BATCH) {
            throw DomainException.invalid("dispatch.error.pings-too-many", "pings", MAX_BATCH);
        }
        Instant now = clock.instant();
        for (Ping p : pings) {
            if (p == null
                    || p.recordedAt() == null
                    || p.recordedAt().isAfter(now.plus(Duration.ofMinutes(10)))
                    || p.recordedAt().isBefore(now.minus(Duration.ofDays(7)))) {
                throw DomainException.invalid("dispatch.error.ping-time", "recordedAt");
            }
            TicketInput.checkCoordinates(p.latitude(), p.longitude());
            if (p.battery() != null && (p.battery() < 0 || p.battery() > 100)) {
                throw DomainException.invalid("dispatch.error.battery", "battery");
            }
        }
        int stored = technicians.record(
                user.userId(),
                pings.stream()
                        .map(p -> new Technicians.Ping(
                                p.recordedAt(), p.latitude(), p.longitude(), p.accuracyM(), p.speedMps(), p.battery()))
                        .toList(),
                now);
        Mover mover = new Mover(tenant, user.userId());
        Instant last = announced.get(mover);
        if (stored > 0 && (last == null || !last.plus(ANNOUNCE_EVERY).isAfter(now))) {
            announced.put(mover, now);
            live.announce(tenant, LiveUpdates.Kind.POSITION, user.userId());
        }
        return stored;
    }
}
