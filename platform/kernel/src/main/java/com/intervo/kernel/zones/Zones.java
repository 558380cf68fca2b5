package com.intervo.kernel.zones;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The zones of the current tenant and which technicians cover them; dispatch suggests technicians by zone. */
@Service
public class Zones {

    private final ZoneRepository zones;

    Zones(ZoneRepository zones) {
        this.zones = zones;
    }

    @Transactional(readOnly = true)
    @PermitAll
    public List<Zone> all() {
        TenantContext.require();
        return zones.active();
    }

    @Transactional
    @RolesAllowed("ADMIN")
    public Zone create(String name, Zone.Kind kind) {
        TenantContext.require();
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw DomainException.invalid("users.zones.error.name", "zoneName");
        }
        if (kind == null) {
            throw DomainException.invalid("users.zones.error.kind", "zoneKind");
        }
        try {
            return zones.saveAndFlush(new Zone(name, kind));
        } catch (DataIntegrityViolationException e) {
            throw DomainException.conflict("users.zones.error.duplicate", "zoneName", name.strip());
        }
    }

    @Transactional
    @RolesAllowed("ADMIN")
    public void deactivate(UUID zoneId) {
        TenantContext.require();
        zones.findById(zoneId)
                .orElseThrow(() -> DomainException.notFound("users.zones.error.not-found"))
                .deactivate();
    }

    @Transactional(readOnly = true)
    @PermitAll
    public List<Zone> ofUser(UUID userId) {
        TenantContext.require();
        return zones.ofUser(userId);
    }

    /** Replaces the zones a user covers. */
    @Transactional
    @RolesAllowed("ADMIN")
    public void assign(UUID userId, Collection<UUID> zoneIds) {
        TenantContext.require();
        zones.clearUser(userId);
        for (UUID zoneId : zoneIds) {
            if (!zones.existsById(zoneId)) {
                throw DomainException.invalid("users.zones.error.not-found", "zones");
            }
            zones.assign(userId, zoneId);
        }
    }

    /** Active users who cover the zone (dispatch filters them by role). */
    @Transactional(readOnly = true)
    @PermitAll
    public List<UUID> usersIn(UUID zoneId) {
        TenantContext.require();
        return zones.usersIn(zoneId);
    }
}
