package com.intervo.kernel.company;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's company data: read by documents, changed by the admin. */
@Service
public class CompanyProfiles {

    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Profiles profiles;
    private final TenantDirectory tenants;
    private final ApplicationEventPublisher events;

    CompanyProfiles(Profiles profiles, TenantDirectory tenants, ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.tenants = tenants;
        this.events = events;
    }

    /** The name customers know the company by (e-mails, portal): the legal name, else the workspace's name. */
    @Transactional(readOnly = true)
    public String nameForCustomers() {
        TenantId tenant = TenantContext.require();
        String legal = details().legalName();
        return legal != null && !legal.isBlank()
                ? legal
                : tenants.findActive(tenant.key()).map(Tenant::getDisplayName).orElse(tenant.key());
    }

    @Transactional(readOnly = true)
    public CompanyDetails details() {
        TenantContext.require();
        return profiles.findAll().stream()
                .findFirst()
                .map(CompanyProfile::details)
                .orElse(CompanyDetails.empty());
    }

    @Transactional
    @RolesAllowed("ADMIN")
    public CompanyDetails save(CompanyDetails details) {
        TenantContext.require();
        check(details.legalName(), "legalName", 300);
        check(details.taxId(), "taxId", 50);
        check(details.registrationNo(), "registrationNo", 50);
        check(details.street(), "street", 300);
        check(details.city(), "city", 100);
        check(details.phone(), "phone", 50);
        check(details.website(), "website", 300);
        check(details.bankName(), "bankName", 200);
        if (details.country() != null && !details.country().matches("[A-Z]{2}")) {
            throw DomainException.invalid("company.error.country", "country");
        }
        if (details.email() != null && !EMAIL.matcher(details.email()).matches()) {
            throw DomainException.invalid("company.error.email", "email");
        }
        if (details.iban() != null && (!IBAN.matcher(details.iban()).matches() || !ibanChecksumOk(details.iban()))) {
            throw DomainException.invalid("company.error.iban", "iban");
        }
        CompanyProfile profile = profiles.findAll().stream().findFirst().orElseGet(CompanyProfile::blank);
        profile.update(details);
        CompanyDetails saved = profiles.saveAndFlush(profile).details();
        events.publishEvent(new CompanyDetailsSaved(TenantContext.require()));
        return saved;
    }

    private static void check(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw DomainException.invalid("company.error.too-long", field, max);
        }
    }

    /** ISO 13616 mod-97 check: a mistyped IBAN is refused before it reaches an invoice. */
    static boolean ibanChecksumOk(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (char c : rearranged.toCharArray()) {
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value > 9 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
        }
        return remainder == 1;
    }
}
