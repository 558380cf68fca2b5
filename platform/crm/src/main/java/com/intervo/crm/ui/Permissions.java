package com.intervo.crm.ui;

import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.Role;

/** Which buttons a user sees; the services enforce the same rules. */
final class Permissions {

    private Permissions() {}

    static boolean canEditCustomers() {
        return IntervoAuthentication.current()
                .map(u -> u.has(Role.ADMIN) || u.has(Role.DISPATCHER) || u.has(Role.MANAGER))
                .orElse(false);
    }

    static boolean canRegisterEquipment() {
        return IntervoAuthentication.current().map(u -> !u.roles().isEmpty()).orElse(false);
    }

    static boolean canDeleteEquipment() {
        return IntervoAuthentication.current().map(u -> u.has(Role.ADMIN)).orElse(false);
    }

    static boolean canEditCatalogs() {
        return IntervoAuthentication.current()
                .map(u -> u.has(Role.ADMIN) || u.catalogEditor())
                .orElse(false);
    }
}
