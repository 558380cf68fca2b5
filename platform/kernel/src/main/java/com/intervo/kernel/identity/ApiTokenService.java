package com.intervo.kernel.identity;

import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantAccess;
import com.intervo.kernel.tenancy.Tenants;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Issues, checks and revokes API bearer tokens. */
@Service
public class ApiTokenService {

    public record IssuedToken(String token, Instant expiresAt) {}

    private static final String PREFIX = "ivt_";

    private final ApiTokens tokens;
    private final Tenants tenants;
    private final SecuritySettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final TokenPrincipals principals;

    ApiTokenService(
            ApiTokens tokens,
            Tenants tenants,
            SecuritySettings settings,
            TransactionTemplate tx,
            TokenPrincipals principals,
            Optional<Clock> clock) {
        this.principals = principals;
        this.tokens = tokens;
        this.tenants = tenants;
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

    /**
     * The user a token stands for, reloaded on every call so deactivation and role changes apply at once: token,
     * workspace and user in one pooled connection ({@link TokenPrincipals}). A revoked or expired token, a workspace
     * that is not active (suspended, being provisioned) and a deactivated user all answer empty.
     */
    public Optional<IntervoUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return principals.find(hash(token), clock.instant());
    }

    public boolean revoke(String token) {
        Instant now = clock.instant();
        return Boolean.TRUE.equals(TenantAccess.allowingWrites(() -> tx.execute(s -> tokens.findByTokenHash(hash(token))
                .map(t -> {
                    t.revoke(now);
                    return true;
                })
                .orElse(false))));
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
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
