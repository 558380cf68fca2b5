package com.intervo.workshop;

import com.intervo.kernel.company.CompanyDetails;
import com.intervo.kernel.company.CompanyProfiles;
import com.intervo.kernel.customization.StatusCategory;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.customization.WorkflowStatuses;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.portal.PublicCodes;
import com.intervo.kernel.security.RateLimiter;
import com.intervo.kernel.security.RateLimits;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantHosts;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.workshop.domain.ServiceSheets;
import com.intervo.workshop.domain.StatusChange;
import com.intervo.workshop.domain.StatusChanges;
import com.intervo.workshop.domain.WorkEntries;
import com.intervo.workshop.domain.WorkEntry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public tracking portal: anyone with a tracking code sees the repair's status, its dates and its protocols —
 * nothing else. The code leads to the tenant through the platform's index of public codes; a tenant without the
 * workshop license, an unknown and a malformed code all get the same answer. Look-ups are limited per IP address
 * (all and failed ones), per code and per tenant in sliding windows ({@code intervo.workshop.portal.*}).
 */
@Service
@EnableConfigurationProperties(WorkshopSettings.class)
public class TrackingPortal {

    public enum Outcome {
        FOUND,
        NOT_FOUND,
        THROTTLED
    }

    /**
     * What the portal shows. Dates are the workshop's local dates. The shop is who the customer deals with (its
     * name for customers, phone, e-mail, address); {@code amount} is what the work logged so far costs
     * ({@code estimate} false), or the estimate given at intake while nothing is logged; {@code language} is the
     * one everything is in (the customer's own when known).
     */
    public record Tracked(
            String code,
            String number,
            String statusKey,
            String status,
            String colour,
            String textColour,
            StatusCategory category,
            boolean closed,
            LocalDate receivedOn,
            LocalDate promisedDate,
            Instant statusSince,
            Instant readyAt,
            Instant handedOverAt,
            boolean handoverProtocol,
            String timeZone,
            String shopName,
            String shopPhone,
            String shopEmail,
            String shopAddress,
            String device,
            BigDecimal amount,
            boolean estimate,
            String currency,
            String language) {}

    public record Lookup<T>(Outcome outcome, T value) {

        public static <T> Lookup<T> of(Outcome outcome) {
            return new Lookup<>(outcome, null);
        }
    }

    private final PublicCodes codes;
    private final Licenses licenses;
    private final ServiceSheets sheets;
    private final StatusChanges history;
    private final WorkEntries entries;
    private final WorkflowStatuses statuses;
    private final SheetDocuments documents;
    private final CompanyProfiles company;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final RateLimiter perIp;
    private final RateLimiter failuresPerIp;
    private final RateLimiter perCode;
    private final RateLimiter perTenant;
    private final WorkshopSettings.Portal settings;
    private final TenantHosts hosts;
    private final SheetRecords records;
    private final SheetGuard guard;

    TrackingPortal(
            PublicCodes codes,
            Licenses licenses,
            ServiceSheets sheets,
            StatusChanges history,
            WorkEntries entries,
            WorkflowStatuses statuses,
            SheetDocuments documents,
            TransactionTemplate tx,
            WorkshopSettings settings,
            RateLimits limits,
            TenantHosts hosts,
            Optional<Clock> clock,
            CompanyProfiles company,
            SheetRecords records,
            SheetGuard guard) {
        this.records = records;
        this.guard = guard;
        this.hosts = hosts;
        this.company = company;
        this.codes = codes;
        this.licenses = licenses;
        this.sheets = sheets;
        this.history = history;
        this.entries = entries;
        this.statuses = statuses;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock.orElse(Clock.systemUTC());
        this.settings = settings.portal();
        int keys = this.settings.maxKeys();
        // shared by every replica (PostgreSQL), so N nodes do not allow N times the attempts
        this.perIp = limits.limiter("portal.ip", this.settings.window(), this.settings.maxPerIp(), keys);
        this.failuresPerIp =
                limits.limiter("portal.ip-failures", this.settings.window(), this.settings.maxFailuresPerIp(), keys);
        this.perCode = limits.limiter("portal.code", this.settings.window(), this.settings.maxPerCode(), keys);
        this.perTenant = limits.limiter("portal.tenant", this.settings.window(), this.settings.maxPerTenant(), 100_000);
    }

    public WorkshopSettings.Portal settings() {
        return settings;
    }

    /** The repair behind a code, asked on a host that names no workspace. */
    public Lookup<Tracked> track(String clientIp, String typedCode, Locale locale) {
        return track(clientIp, null, typedCode, locale);
    }

    /**
     * The repair behind a code, as the portal shows it in the language asked for. On a workspace's host
     * ({@code acme.intervo.app}) only that workspace's codes are found.
     */
    public Lookup<Tracked> track(String clientIp, String host, String typedCode, Locale locale) {
        return guarded(clientIp, host, typedCode, sheet -> view(sheet, locale));
    }

    /** A protocol, asked on a host that names no workspace. */
    public Lookup<SheetDocument> document(String clientIp, String typedCode, String kind) {
        return document(clientIp, null, typedCode, kind);
    }

    /**
     * The repair behind a code in its customer's language when the shop recorded one (the code identifies the
     * customer), else in {@code fallback} (the browser's).
     */
    public Lookup<Tracked> trackForCustomer(String clientIp, String host, String typedCode, Locale fallback) {
        return guarded(
                clientIp,
                host,
                typedCode,
                sheet -> view(sheet, customerLocale(sheet).orElse(fallback)));
    }

    private static Optional<Locale> customerLocale(SheetDetails sheet) {
        String language = sheet.customer().language();
        return language == null || language.isBlank()
                ? Optional.empty()
                : Optional.of(Messages.supported(Locale.forLanguageTag(language)))
                        .filter(l -> l.getLanguage()
                                .equals(Locale.forLanguageTag(language).getLanguage()));
    }

    /** A protocol of the repair behind a code: {@code intake} always, {@code handover} once handed over. */
    public Lookup<SheetDocument> document(String clientIp, String host, String typedCode, String kind) {
        Lookup<Optional<SheetDocument>> found = guarded(clientIp, host, typedCode, sheet -> switch (kind) {
            case "intake" -> Optional.of(documents.intake(sheet));
            case "handover" ->
                sheet.handedOverAt() == null
                        ? Optional.<SheetDocument>empty()
                        : Optional.of(documents
                                .issuedHandover(sheet)
                                .orElseGet(() -> documents.handover(
                                        sheet, entries.ofSheet(sheet.id()), guard.wasUnrepairable(sheet))));
            default -> Optional.<SheetDocument>empty();
        });
        if (found.outcome() != Outcome.FOUND) {
            return Lookup.of(found.outcome());
        }
        return found.value().map(d -> new Lookup<>(Outcome.FOUND, d)).orElse(Lookup.of(Outcome.NOT_FOUND));
    }

    /**
     * For an edition's public endpoints (Workshop Plus: the quote on the portal): runs {@code action} on the sheet
     * behind a code, as its workspace and in one transaction, with the portal's limits and answers — an unknown code,
     * another workspace's code on a workspace's host and a workspace without {@code license} are all "not found".
     * {@code action} may change data; answering null counts as not found.
     */
    public <T> Lookup<T> withSheet(
            String clientIp, String host, String typedCode, ModuleKey license, Function<SheetDetails, T> action) {
        return guarded(clientIp, host, typedCode, license, action);
    }

    private <T> Lookup<T> guarded(String clientIp, String host, String typedCode, Function<SheetDetails, T> read) {
        return guarded(clientIp, host, typedCode, ModuleKey.WORKSHOP_SIMPLE, read);
    }

    private <T> Lookup<T> guarded(
            String clientIp, String host, String typedCode, ModuleKey license, Function<SheetDetails, T> read) {
        Instant now = clock.instant();
        String ip = clientIp == null ? "?" : clientIp;
        if (failuresPerIp.exhausted(ip, now) || !perIp.tryAcquire(ip, now)) {
            return Lookup.of(Outcome.THROTTLED);
        }
        String code = PublicCodes.normalize(typedCode);
        if (code == null) {
            failuresPerIp.record(ip, now);
            return Lookup.of(Outcome.NOT_FOUND);
        }
        if (!perCode.tryAcquire(code, now)) {
            return Lookup.of(Outcome.THROTTLED);
        }
        Optional<PublicCodes.Target> target =
                codes.resolve(code).filter(t -> SheetGuard.TRACKING_PURPOSE.equals(t.purpose()));
        if (target.isEmpty()) {
            failuresPerIp.record(ip, now);
            return Lookup.of(Outcome.NOT_FOUND);
        }
        TenantId tenant = target.get().tenant();
        if (hosts.fromHost(host).filter(named -> !named.equals(tenant)).isPresent()) {
            // another workspace's code on this workspace's host: as unknown as a mistyped one
            failuresPerIp.record(ip, now);
            return Lookup.of(Outcome.NOT_FOUND);
        }
        if (!perTenant.tryAcquire(tenant.key(), now)) {
            return Lookup.of(Outcome.THROTTLED);
        }
        if (!licenses.isLicensed(tenant, license)) {
            return Lookup.of(Outcome.NOT_FOUND);
        }
        T value = TenantContext.callAs(
                tenant,
                () -> tx.execute(s -> sheets.findById(target.get().ownerId())
                        .filter(sheet -> sheet.getTrackingCode().equals(code))
                        .map(records::details)
                        .map(read)
                        .orElse(null)));
        if (value == null) {
            failuresPerIp.record(ip, now);
            return Lookup.of(Outcome.NOT_FOUND);
        }
        return new Lookup<>(Outcome.FOUND, value);
    }

    private Tracked view(SheetDetails sheet, Locale locale) {
        WorkflowStatus status =
                statuses.find(WorkshopModule.SHEET_WORKFLOW, sheet.statusKey()).orElse(null);
        ZoneId zone = documents.zone();
        List<StatusChange> changes = history.ofSheet(sheet.id());
        Instant readyAt = changes.stream()
                .filter(c -> statuses.find(WorkshopModule.SHEET_WORKFLOW, c.getToKey())
                        .map(s -> SheetRules.isReady(s) || SheetRules.isUnrepairable(s))
                        .orElse(false))
                .reduce((a, b) -> b)
                .map(StatusChange::getChangedAt)
                .orElse(null);
        CompanyDetails shop = company.details();
        BigDecimal logged = entries.ofSheet(sheet.id()).stream()
                .map(WorkEntry::getCost)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean estimate = logged.signum() == 0;
        BigDecimal amount = estimate ? sheet.estimatedCost() : logged;
        String colour = status == null ? "#607d8b" : status.colour();
        // textColour: black or white, whichever reads on the status colour (at least 4.5:1)
        return new Tracked(
                PublicCodes.display(sheet.trackingCode()),
                sheet.number(),
                sheet.statusKey(),
                status == null ? sheet.statusKey() : status.label(locale),
                colour,
                com.intervo.kernel.customization.StatusColours.textOn(colour),
                status == null ? StatusCategory.OPEN : status.category(),
                sheet.closed(),
                sheet.receivedAt().atZone(zone).toLocalDate(),
                sheet.promisedDate(),
                sheet.statusSince(),
                readyAt,
                sheet.handedOverAt(),
                sheet.handedOverAt() != null,
                zone.getId(),
                company.nameForCustomers(),
                shop.phone(),
                shop.email(),
                blankToNull(shop.address()),
                sheet.equipment().displayName(),
                amount,
                estimate,
                sheet.currency(),
                Messages.supported(locale).getLanguage());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Forgets every count (tests, or an operator after an incident). */
    public void resetLimits() {
        perIp.clear();
        failuresPerIp.clear();
        perCode.clear();
        perTenant.clear();
    }
}
