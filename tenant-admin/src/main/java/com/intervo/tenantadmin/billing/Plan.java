package com.intervo.tenantadmin.billing;

/** The plans a workspace subscribes to: a monthly base price and how many users it may have. */
public enum Plan {
    STARTER,
    TEAM,
    BUSINESS;

    public String nameKey() {
        return "billing.plan." + name().toLowerCase();
    }
}
