package com.intervo.kernel.tenancy;

/** A signed-in principal that belongs to exactly one tenant. */
public interface TenantPrincipal {

    TenantId tenant();
}
