package com.intervo.tenantadmin;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.identity.UserInvitations;
import com.intervo.kernel.licensing.Entitlement;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.mail.PublicAddresses;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.TenantProvisioning;
import com.intervo.kernel.tenancy.TenantProvisioning.TenantAlreadyExistsException;
import com.intervo.kernel.tenancy.TenantProvisioning.TenantProvisioningException;
import com.intervo.kernel.tenancy.TenantRegistration;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Self-service sign-up: checks everything first, then provisions the workspace (schema, first admin, verification
 * mail — all undone together on failure), then starts a 14-day trial of the picked modules. The admin signs in
 * once the e-mailed verification link was followed.
 */
@Service
public class SignupService {

    public static final Duration TRIAL = Duration.ofDays(14);
    public static final int MIN_PASSWORD = UserInvitations.MIN_PASSWORD;

    /** What the new company gets back. */
    public record Signup(TenantId tenant, String workspaceUrl, Instant trialUntil) {}

    private final TenantDirectory tenants;
    private final TenantProvisioning provisioning;
    private final UserInvitations invitations;
    private final Licenses licenses;
    private final com.intervo.tenantadmin.billing.Subscriptions billing;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String publicUrl;

    SignupService(
            TenantDirectory tenants,
            TenantProvisioning provisioning,
            UserInvitations invitations,
            Licenses licenses,
            com.intervo.tenantadmin.billing.Subscriptions billing,
            TransactionTemplate tx,
            Optional<Clock> clock,
            PublicAddresses addresses,
            @Value("${intervo.signup.max-per-address:5}") int maxSignups,
            @Value("${intervo.signup.max-name-checks-per-address:200}") int maxChecks,
            com.intervo.kernel.security.RateLimits limits) {
        this.signupsPerAddress = limits.limiter("signup.address", Duration.ofHours(1), maxSignups, 20_000);
        this.checksPerAddress = limits.limiter("signup.name-check", Duration.ofMinutes(10), maxChecks, 20_000);
        this.tenants = tenants;
        this.provisioning = provisioning;
        this.invitations = invitations;
        this.licenses = licenses;
        this.billing = billing;
        this.tx = tx;
        this.clock = clock.orElse(Clock.systemUTC());
        this.publicUrl = addresses.publicUrl();
    }

    /**
     * The public page's limits per client address, so the sign-up cannot be used to create workspaces in bulk
     * or to probe workspace names: sign-ups per hour, name checks per ten minutes, shared by every replica.
     */
    private final com.intervo.kernel.security.RateLimiter signupsPerAddress;

    private final com.intervo.kernel.security.RateLimiter checksPerAddress;

    /** Counts a sign-up attempt from an address; refused with {@code signup.error.too-many} over the limit. */
    public void admit(String address) {
        if (!signupsPerAddress.tryAcquire(String.valueOf(address), clock.instant())) {
            throw new DomainException(DomainException.Kind.CONFLICT, "signup.error.too-many", null);
        }
    }

    /** Counts a workspace-name check from an address; false over the limit. */
    public boolean allowNameCheck(String address) {
        return checksPerAddress.tryAcquire(String.valueOf(address), clock.instant());
    }

    /** Whether a workspace name is valid and free. Read-only, and never throws, whatever it is given. */
    public boolean isAvailable(String key) {
        try {
            return TenantId.isValid(key) && !tenants.exists(key);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Signs a company up. Every field is checked before anything is created ({@link DomainException} naming the
     * field); a failure while provisioning leaves nothing behind and the same workspace name can be tried again.
     */
    public Signup signUp(SignupRequest request, TenantProvisioning.Progress progress) {
        check(request);
        TenantId id = new TenantId(request.workspace());
        TenantRegistration registration = new TenantRegistration(
                id, request.companyName().trim(), request.language(), request.timeZone(), request.currency());
        try {
            provisioning.provision(
                    registration,
                    tenant -> invitations.createFirstAdmin(
                            request.email().trim(),
                            request.companyName().trim(),
                            request.adminDisplayName(),
                            request.password(),
                            Locale.forLanguageTag(request.language()),
                            "signup.mail.verify.subject",
                            "signup.mail.verify.body"),
                    progress);
        } catch (TenantAlreadyExistsException e) {
            throw DomainException.conflict("signup.error.workspace-taken", "workspace");
        } catch (TenantProvisioningException e) {
            if (e.getCause() instanceof DomainException domain) {
                throw domain;
            }
            throw new DomainException(DomainException.Kind.CONFLICT, "signup.error.failed", null);
        }
        // the trial starts only once the workspace exists
        Instant from = clock.instant();
        Instant until = from.plus(TRIAL);
        tx.executeWithoutResult(s -> {
            request.modules().forEach(module -> licenses.grant(id, module, from, until, Entitlement.Source.TRIAL));
            billing.startTrial(id);
        });
        return new Signup(id, workspaceUrl(id), until);
    }

    /** The address of a workspace: its name as the first label of Intervo's host ({@code acme.intervo.app}). */
    public String workspaceUrl(TenantId id) {
        try {
            URI uri = URI.create(publicUrl);
            String host = uri.getHost();
            if (uri.getScheme() != null && host != null && !host.matches("[0-9.]+|\\[.*]")) {
                return uri.getScheme() + "://" + id.key() + "." + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                        + "/login";
            }
        } catch (IllegalArgumentException e) {
            // fall through to the plain sign-in page
        }
        return publicUrl + "/login";
    }

    /** Checks a request without creating anything; {@link DomainException} names the first wrong field. */
    public void check(SignupRequest r) {
        if (r.companyName() == null
                || r.companyName().isBlank()
                || r.companyName().trim().length() > 200) {
            throw DomainException.invalid("signup.error.company", "companyName");
        }
        if (r.adminName() != null
                && (r.adminName().isBlank() || r.adminName().strip().length() > 200)) {
            throw DomainException.invalid("signup.error.admin-name", "adminName");
        }
        if (!TenantId.isValid(r.workspace())) {
            throw DomainException.invalid("signup.error.workspace-invalid", "workspace");
        }
        if (!isAvailable(r.workspace())) {
            throw DomainException.conflict("signup.error.workspace-taken", "workspace");
        }
        if (!isEmail(r.email())) {
            throw DomainException.invalid("signup.error.email", "email");
        }
        if (r.password() == null
                || r.password().length() < MIN_PASSWORD
                || r.password().length() > 200) {
            throw DomainException.invalid("signup.error.password", "password", MIN_PASSWORD);
        }
        if (r.country() == null || !Set.of(Locale.getISOCountries()).contains(r.country())) {
            throw DomainException.invalid("signup.error.country", "country");
        }
        if (r.language() == null || !UserDirectory.LANGUAGES.contains(r.language())) {
            throw DomainException.invalid("signup.error.language", "language");
        }
        if (!isCurrency(r.currency())) {
            throw DomainException.invalid("signup.error.currency", "currency");
        }
        if (!isZone(r.timeZone())) {
            throw DomainException.invalid("signup.error.time-zone", "timeZone");
        }
        if (r.modules().isEmpty()) {
            throw DomainException.invalid("signup.error.modules", "modules");
        }
    }

    private static boolean isEmail(String email) {
        if (email == null || email.trim().length() > 320 || !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return false;
        }
        try {
            new InternetAddress(email.trim(), true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }

    private static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isZone(String zone) {
        if (zone == null || zone.length() > 64 || !ZoneId.getAvailableZoneIds().contains(zone)) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
