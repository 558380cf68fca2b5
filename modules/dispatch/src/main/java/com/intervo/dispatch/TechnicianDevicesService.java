package com.intervo.dispatch;

import com.intervo.dispatch.domain.TechnicianDevice;
import com.intervo.dispatch.domain.TechnicianDevices;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The phones technicians registered for push notifications (one FCM token belongs to one user at a time). */
@Service
@Transactional(readOnly = true)
public class TechnicianDevicesService {

    public static final Set<String> PLATFORMS = Set.of("ANDROID", "IOS", "WEB");

    /** A registered device. */
    public record Device(UUID id, String platform, String appVersion, java.time.Instant lastSeenAt) {}

    private final TechnicianDevices devices;
    private final Clock clock;

    TechnicianDevicesService(TechnicianDevices devices, Optional<Clock> clock) {
        this.devices = devices;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Registers (or refreshes) the signed-in technician's phone. */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public Device register(String token, String platform, String appVersion) {
        TenantContext.require();
        IntervoUser user = IntervoAuthentication.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (token == null
                || token.isBlank()
                || token.length() > 4096
                || !token.strip().matches("[\\x21-\\x7e]+")) {
            throw DomainException.invalid("dispatch.error.device-token", "token");
        }
        String p = platform == null ? "ANDROID" : platform.strip().toUpperCase(Locale.ROOT);
        if (!PLATFORMS.contains(p)) {
            throw DomainException.invalid("dispatch.error.device-platform", "platform");
        }
        String version = TicketInput.optionalText(appVersion, "appVersion", 50);
        TechnicianDevice device = devices.findByToken(token.strip()).orElse(null);
        if (device == null) {
            device = new TechnicianDevice(user.userId(), token.strip(), p, version, clock.instant());
        } else {
            device.seen(user.userId(), p, version, clock.instant());
        }
        TechnicianDevice saved = devices.saveAndFlush(device);
        return new Device(saved.getId(), saved.getPlatform(), saved.getAppVersion(), saved.getLastSeenAt());
    }

    /** Forgets a phone (the app signs out). */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public void unregister(String token) {
        TenantContext.require();
        IntervoUser user = IntervoAuthentication.current().orElseThrow(() -> new AccessDeniedException("Sign in"));
        devices.findByToken(token == null ? "" : token.strip())
                .filter(d -> d.getUserId().equals(user.userId()))
                .ifPresent(devices::delete);
    }

    /** Tokens of a user's devices; for the notifier, with the tenant bound. */
    public List<String> tokensOf(UUID userId) {
        TenantContext.require();
        return devices.findByUserId(userId).stream()
                .map(TechnicianDevice::getToken)
                .toList();
    }

    /** Forgets tokens the push service called invalid. */
    @Transactional
    public int prune(List<String> tokens) {
        TenantContext.require();
        return tokens.isEmpty() ? 0 : devices.deleteByTokens(tokens);
    }
}
