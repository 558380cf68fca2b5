package com.intervo.kernel.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;

/**
 * A platform operator: deliberately not a {@link com.intervo.kernel.tenancy.TenantPrincipal}, so no tenant is ever
 * bound from it and tenant tables stay invisible to an operator's session.
 */
public record PlatformOperator(UUID operatorId, String username, String displayName)
        implements Principal, Serializable {

    /** "@operator/&lt;name&gt;" in audit columns: a tenant key never starts with "@". */
    @Override
    public String getName() {
        return "@operator/" + username;
    }
}
