package com.intervo.dispatch;

import com.intervo.kernel.tenancy.TenantEvent;
import com.intervo.kernel.tenancy.TenantId;

/** Test fixture event of the Dispatch module. */
public record FixtureTicketOpened(TenantId tenant, String note) implements TenantEvent {}
