package com.intervo.dispatch;

import com.intervo.crm.CustomerRef;
import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.WorkspaceClock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The current workspace's time zone and languages, as the ticket services read them. */
@Component
class DispatchWorkspace {

    private final TenantDirectory tenants;
    private final WorkspaceClock clock;

    DispatchWorkspace(TenantDirectory tenants, WorkspaceClock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    ZoneId zone(TenantId tenant) {
        return clock.zone(tenant);
    }

    /** The customer's language, else the workspace's. */
    String language(Optional<CustomerRef> customer) {
        return customer.map(CustomerRef::language)
                .filter(Objects::nonNull)
                .or(() -> tenants.findActive(TenantContext.require().key()).map(Tenant::getDefaultLocale))
                .map(l -> Locale.forLanguageTag(l).getLanguage())
                .orElse("en");
    }

    Locale defaultLocale(TenantId tenant) {
        return Locale.forLanguageTag(tenants.findActive(tenant.key())
                .map(Tenant::getDefaultLocale)
                .filter(Objects::nonNull)
                .orElse("en"));
    }
}
