package com.intervo.kernel.identity;

import com.intervo.kernel.tenancy.TenantId;

/** The number of seats of a workspace may have changed: a user was invited, deactivated or joined. */
public record SeatsChanged(TenantId tenant) {}
