package com.intervo.kernel.identity;

import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names people read for the references records keep of who did something ("demo/admin" in created_by,
 * changed_by …): the user's display name, looked up for a whole list in one query. A reference that is not a
 * user of this workspace (jobs write "system", the API's technician app writes the same form) stays as it is.
 */
@Service
public class PersonNames {

    private final UserAccounts users;

    PersonNames(UserAccounts users) {
        this.users = users;
    }

    /** Reference → display name for every reference given (unknown ones map to themselves). */
    @Transactional(readOnly = true)
    public Map<String, String> of(Collection<String> references) {
        TenantId tenant = TenantContext.require();
        Map<String, String> names = new HashMap<>();
        Map<String, String> byUsername = new HashMap<>();
        for (String reference : references) {
            if (reference == null) {
                continue;
            }
            names.put(reference, reference);
            String username = username(reference, tenant);
            if (username != null) {
                byUsername.put(reference, username);
            }
        }
        if (!byUsername.isEmpty()) {
            Set<String> wanted = new LinkedHashSet<>(byUsername.values());
            Map<String, String> found = new HashMap<>();
            users.findByUsernameIn(wanted).forEach(u -> found.put(u.getUsername(), u.getDisplayName()));
            byUsername.forEach((reference, username) -> {
                String name = found.get(username);
                if (name != null && !name.isBlank()) {
                    names.put(reference, name);
                }
            });
        }
        return names;
    }

    /** One reference; lists should use {@link #of(Collection)}. */
    @Transactional(readOnly = true)
    public String of(String reference) {
        return reference == null ? "" : of(java.util.List.of(reference)).get(reference);
    }

    /** The user name in a reference of this workspace ("demo/admin" → "admin"); null for other forms. */
    private static String username(String reference, TenantId tenant) {
        int slash = reference.indexOf('/');
        if (slash <= 0 || !reference.substring(0, slash).equals(tenant.key())) {
            return null;
        }
        return UserAccount.normalize(reference.substring(slash + 1));
    }
}
