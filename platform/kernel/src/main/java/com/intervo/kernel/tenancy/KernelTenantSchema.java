package com.intervo.kernel.tenancy;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The kernel's own tenant tables (users, customization, documents, files, company): always first. */
@Component
class KernelTenantSchema implements TenantSchemaPart {

    @Override
    public String partName() {
        return TenantChangelog.KERNEL;
    }

    @Override
    public Optional<String> tenantChangelog() {
        return Optional.of("db/changelog/tenant/platform.xml");
    }
}
