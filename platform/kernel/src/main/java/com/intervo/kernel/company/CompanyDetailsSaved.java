package com.intervo.kernel.company;

import com.intervo.kernel.tenancy.TenantId;

/** A workspace's admin saved the company data (legal name, tax id, address…); billing passes it on to Stripe. */
public record CompanyDetailsSaved(TenantId tenant) {}
