package com.intervo.kernel.tenancy;

import java.io.Serializable;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tenant's key ("workspace name"). Validated on construction, so an invalid key never reaches SQL.
 */
public record TenantId(String key) implements Serializable {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{1,30}");

    /** Keys that would collide with hosts, schemas or routes of our own. */
    public static final Set<String> RESERVED = Set.of(
            "www",
            "api",
            "app",
            "admin",
            "operator",
            "platform",
            "public",
            "pg_catalog",
            "information_schema",
            "no_tenant",
            "intervo",
            "mail",
            "smtp",
            "static",
            "assets",
            "login",
            "signup",
            "portal",
            "support",
            "status",
            "docs",
            "help",
            "billing",
            "webhooks",
            "localhost",
            "test",
            "system",
            "root",
            "postgres");

    public TenantId {
        if (!isValid(key)) {
            throw new InvalidTenantKeyException(key);
        }
    }

    public static boolean isValid(String key) {
        return key != null && KEY.matcher(key).matches() && !RESERVED.contains(key);
    }

    /** The PostgreSQL schema that holds this tenant's data. */
    public String schema() {
        return "t_" + key;
    }

    @Override
    public String toString() {
        return key;
    }
}
