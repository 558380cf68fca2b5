package com.intervo.kernel.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** Hibernate asks here which tenant a session belongs to; never null, so no-tenant fails closed. */
class CurrentTenantResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().map(TenantId::key).orElse(TenantSchemas.NO_TENANT_ID);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
