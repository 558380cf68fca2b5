package com.intervo.crm;

import com.intervo.crm.domain.CatalogItem;
import com.intervo.crm.domain.VatRate;
import com.intervo.crm.domain.VatRates;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.WorkspaceClock;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's VAT rates by category, each valid from a date until the category's next one. Whatever prices a
 * document asks for the rate on the document's date ({@link #rateOn(CatalogItem, LocalDate)}), so a document of an
 * earlier date keeps the rate of its date. Everyone reads; admins and catalog editors add rates.
 */
@Service
@Transactional(readOnly = true)
public class VatRateService {

    /** A category code: {@code STANDARD}, {@code REDUCED}, {@code ZERO} or the workspace's own. */
    public static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    private static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 1, 1);

    /** A rate as lists show it. */
    public record Rate(java.util.UUID id, String category, LocalDate validFrom, BigDecimal rate) {}

    private final VatRates rates;
    private final WorkspaceClock workspace;

    VatRateService(VatRates rates, WorkspaceClock workspace) {
        this.rates = rates;
        this.workspace = workspace;
    }

    /** The category's rate in force on the date; empty when the category has none yet on that date. */
    @PermitAll
    public Optional<BigDecimal> rateAt(String category, LocalDate date) {
        TenantContext.require();
        if (category == null || date == null) {
            return Optional.empty();
        }
        return rates.findFirstByCategoryAndValidFromLessThanEqualOrderByValidFromDesc(normalize(category), date)
                .map(VatRate::getRate);
    }

    /** The VAT rate of a catalog entry on the date: its category's rate then, else its own fixed rate. */
    @PermitAll
    public BigDecimal rateOn(CatalogItem item, LocalDate date) {
        if (item.getVatCategory() == null) {
            return item.getVatRate();
        }
        return rateAt(item.getVatCategory(), date).orElse(item.getVatRate());
    }

    /** Today in the workspace's time zone: the date of what is priced now. */
    @PermitAll
    public LocalDate today() {
        return workspace.today();
    }

    @PermitAll
    public List<Rate> all() {
        TenantContext.require();
        return rates.findAllByOrderByCategoryAscValidFromAsc().stream()
                .map(r -> new Rate(r.getId(), r.getCategory(), r.getValidFrom(), r.getRate()))
                .toList();
    }

    /** The categories that have at least one rate. */
    @PermitAll
    public List<String> categories() {
        return all().stream().map(Rate::category).distinct().toList();
    }

    @PermitAll
    public boolean exists(String category) {
        TenantContext.require();
        return category != null && rates.existsByCategory(normalize(category));
    }

    /** A new rate of a category from a date on (a new category, or a change of the law). */
    @Transactional
    @RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
    public Rate add(String category, LocalDate validFrom, BigDecimal rate) {
        TenantContext.require();
        String code = category == null ? "" : normalize(category);
        if (!CATEGORY.matcher(code).matches()) {
            throw DomainException.invalid("crm.error.vat-category", "category");
        }
        if (validFrom == null) {
            throw DomainException.invalid("crm.error.required", "validFrom");
        }
        if (validFrom.isBefore(EARLIEST) || validFrom.isAfter(LATEST)) {
            throw DomainException.invalid("crm.error.vat-date", "validFrom");
        }
        CrmRules.vatRate(rate);
        try {
            VatRate saved = rates.saveAndFlush(new VatRate(code, validFrom, rate));
            return new Rate(saved.getId(), saved.getCategory(), saved.getValidFrom(), saved.getRate());
        } catch (DataIntegrityViolationException e) {
            throw DomainException.conflict("crm.error.vat-duplicate", "validFrom");
        }
    }

    static String normalize(String category) {
        return category.strip().toUpperCase(Locale.ROOT);
    }
}
