package com.intervo.kernel.identity;

/** What a user does in the company. Authorities are ROLE_<name>; the catalog right is ROLE_CATALOG_EDITOR. */
public enum Role {
    ADMIN,
    DISPATCHER,
    TECHNICIAN,
    MANAGER;

    public static final String CATALOG_EDITOR = "CATALOG_EDITOR";

    public String nameKey() {
        return "kernel.role." + name().toLowerCase();
    }
}
