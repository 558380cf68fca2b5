package com.intervo.kernel.identity;

import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.TenantPrincipal;
import java.io.Serializable;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The signed-in user: always bound to exactly one tenant. */
public record IntervoUser(
        TenantId tenant,
        UUID userId,
        String username,
        String displayName,
        Set<Role> roles,
        boolean catalogEditor,
        String locale)
        implements Principal, TenantPrincipal, Serializable {

    /** Unique across tenants; used as "who" in audit columns. */
    @Override
    public String getName() {
        return tenant.key() + "/" + username;
    }

    public List<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        if (catalogEditor) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Role.CATALOG_EDITOR));
        }
        return authorities;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    static IntervoUser of(TenantId tenant, UserAccount account) {
        return new IntervoUser(
                tenant,
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRoles(),
                account.isCatalogEditor(),
                account.getLocale());
    }
}
