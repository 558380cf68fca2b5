package com.intervo.kernel.tenancy;

/** Every domain event carries its tenant, so listeners can rebind it and license checks can use it. */
public interface TenantEvent {

    TenantId tenant();
}
