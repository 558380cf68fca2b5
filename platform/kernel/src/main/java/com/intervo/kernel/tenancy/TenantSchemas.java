package com.intervo.kernel.tenancy;

/** Schema names used by the connection provider. */
public final class TenantSchemas {

    /** A schema that never exists: a connection with no tenant sees no tenant table. */
    public static final String NO_TENANT = "no_tenant";
    /** Hibernate's tenant identifier when no tenant is bound; never a valid key. */
    public static final String NO_TENANT_ID = "__no_tenant__";

    public static final String PLATFORM = "platform";

    private TenantSchemas() {}

    public static String schemaFor(String tenantIdentifier) {
        if (tenantIdentifier == null || NO_TENANT_ID.equals(tenantIdentifier)) {
            return NO_TENANT;
        }
        return new TenantId(tenantIdentifier).schema();
    }
}
