package com.intervo.kernel.portal;

import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.Tenants;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Globally unique random codes that lead an anonymous visitor to one record of one tenant (the tracking code
 * printed on an intake protocol). A code has {@value #LENGTH} characters of a 31-letter alphabet without the
 * look-alikes 0/O, 1/I/L (31^12 ≈ 7.9·10^17 codes, about 59 bits), drawn from {@link SecureRandom}; it is shown in
 * groups of four ("K7QM-4X2P-9RTW") and accepted in any case, with or without dashes and spaces.
 * <p>
 * The index row is written in the caller's transaction, so a record and its code commit or vanish together.
 */
@Service
public class PublicCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 12;

    /** Where a code leads. */
    public record Target(TenantId tenant, String purpose, UUID ownerId) {}

    private final PublicCodeRepository codes;
    private final Tenants tenants;
    private final SecureRandom random = new SecureRandom();

    PublicCodes(PublicCodeRepository codes, Tenants tenants) {
        this.codes = codes;
        this.tenants = tenants;
    }

    /** A new code for a record of the bound tenant; returns it in its compact form (12 characters). */
    @Transactional
    public String issue(String purpose, UUID ownerId) {
        TenantId tenant = TenantContext.require();
        Tenant row = tenants.findByKey(tenant.key())
                .orElseThrow(() -> new IllegalStateException("Unknown workspace " + tenant));
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = randomCode();
            if (!codes.existsById(code)) {
                codes.save(new PublicCode(code, row.getId(), purpose, ownerId, Instant.now()));
                return code;
            }
        }
        throw new IllegalStateException("No free public code after 5 attempts");
    }

    /** Where a code typed by someone leads; empty for malformed or unknown codes and inactive tenants. */
    @Transactional(readOnly = true)
    public Optional<Target> resolve(String typed) {
        String code = normalize(typed);
        if (code == null) {
            return Optional.empty();
        }
        return codes.findById(code)
                .flatMap(c -> tenants.findById(c.getTenantId())
                        .filter(t -> t.getStatus() == Tenant.Status.ACTIVE)
                        .map(t -> new Target(t.tenantId(), c.getPurpose(), c.getOwnerId())));
    }

    /** The compact form of a typed code, or null when it cannot be one. */
    public static String normalize(String typed) {
        if (typed == null || typed.length() > 64) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return code;
    }

    /** "K7QM4X2P9RTW" → "K7QM-4X2P-9RTW". */
    public static String display(String code) {
        if (code == null || code.length() != LENGTH) {
            return code;
        }
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    private String randomCode() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
