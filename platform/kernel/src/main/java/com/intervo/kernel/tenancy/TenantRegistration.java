package com.intervo.kernel.tenancy;

/** What is needed to create a tenant. The key is validated before anything touches the database. */
public record TenantRegistration(
        TenantId id, String displayName, String defaultLocale, String timeZone, String currency) {

    public TenantRegistration {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("Company name is required");
        }
        defaultLocale = defaultLocale == null ? "en" : defaultLocale;
        timeZone = timeZone == null ? "Europe/Bucharest" : timeZone;
        currency = currency == null ? "EUR" : currency;
    }

    public static TenantRegistration of(String key, String displayName) {
        return new TenantRegistration(new TenantId(key), displayName, "en", "Europe/Bucharest", "EUR");
    }
}
