package com.intervo.kernel.identity;

import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantAccess;
import com.intervo.kernel.tenancy.Tenants;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Issues, checks and revokes API bearer tokens. */
@Service
public class ApiTokenService {

    public record IssuedToken(String token, Instant expiresAt) {
    }

    private static final String PREFIX = "ivt_";
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiTokens tokens;
    private final Tenants tenants;
    private final UserDirectory users;
    private final SecuritySettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokens tokens, Tenants tenants, UserDirectory users,
                    SecuritySettings settings, TransactionTemplate tx, Optional<Clock> clock) {
        this.tokens = tokens;
        this.tenants = tenants;
        this.users = users;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public IssuedToken issue(IntervoUser user) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = clock.instant().plus(settings.apiTokenTtl());
        TenantAccess.allowingWrites(() -> tx.executeWithoutResult(s -> {
            Tenant tenant = tenants.findByKey(user.tenant().key()).orElseThrow();
            tokens.save(new ApiToken(tenant.getId(), user.userId(), hash(token), expires));
        }));
        return new IssuedToken(token, expires);
    }

    /** A token with its workspace, read in one transaction. */
    private record Found(ApiToken token, Tenant tenant) {
    }

    /**
     * The user a token stands for, reloaded so deactivation and role changes apply at once. Two short
     * transactions per call: the token with its workspace (platform schema), then the user (tenant schema).
     */
    public Optional<IntervoUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Found> found = TenantAccess.allowingWrites(() -> tx.execute(s -> tokens.findByTokenHash(hash(token))
                .map(t -> {
                    if (t.isUsableAt(now) && (t.getLastUsedAt() == null
                            || t.getLastUsedAt().isBefore(now.minus(TOUCH_INTERVAL)))) {
                        t.used(now);
                    }
                    return new Found(t, tenants.findById(t.getTenantId()).orElse(null));
                })));
        if (found.isEmpty() || !found.get().token().isUsableAt(now) || found.get().tenant() == null
                || found.get().tenant().getStatus() != Tenant.Status.ACTIVE) {
            return Optional.empty();
        }
        return users.principal(found.get().tenant().tenantId(), found.get().token().getUserId());
    }

    public boolean revoke(String token) {
        Instant now = clock.instant();
        return Boolean.TRUE.equals(TenantAccess.allowingWrites(() -> tx.execute(s -> tokens.findByTokenHash(hash(token)).map(t -> {
            t.revoke(now);
            return true;
        }).orElse(false))));
    }

    /** Revokes every token of a user, e.g. when the user is deactivated or changes password. */
    public int revokeAll(IntervoUser user) {
        Instant now = clock.instant();
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            return revokeAllIn(user, now);
        }
        return TenantAccess.allowingWrites(() -> revokeAllIn(user, now));
    }

    private int revokeAllIn(IntervoUser user, Instant now) {
        return tx.execute(s -> {
            Tenant tenant = tenants.findByKey(user.tenant().key()).orElseThrow();
            var live = tokens.findByTenantIdAndUserIdAndRevokedAtIsNull(tenant.getId(), user.userId());
            live.forEach(t -> t.revoke(now));
            return live.size();
        });
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
