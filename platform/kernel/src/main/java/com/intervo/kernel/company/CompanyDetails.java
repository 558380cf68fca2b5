package com.intervo.kernel.company;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What a company prints about itself: legal name, ids, address, contact, bank account. */
public record CompanyDetails(
        String legalName,
        String taxId,
        String registrationNo,
        String street,
        String city,
        String county,
        String postalCode,
        String country,
        String phone,
        String email,
        String website,
        String bankName,
        String iban) {

    public CompanyDetails {
        legalName = clean(legalName);
        taxId = clean(taxId);
        registrationNo = clean(registrationNo);
        street = clean(street);
        city = clean(city);
        county = clean(county);
        postalCode = clean(postalCode);
        country = clean(country) == null ? null : clean(country).toUpperCase(java.util.Locale.ROOT);
        phone = clean(phone);
        email = clean(email);
        website = clean(website);
        bankName = clean(bankName);
        iban = clean(iban) == null ? null : clean(iban).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static CompanyDetails empty() {
        return new CompanyDetails(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** "Str. Lalelelor 5, 400000 Cluj-Napoca, Cluj". */
    public String address() {
        return formatAddress(street, postalCode, city, county);
    }

    /** One line of address as printed on documents and cards; empty parts are left out. */
    public static String formatAddress(String street, String postalCode, String city, String county) {
        String town = Stream.of(postalCode, city).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return Stream.of(street, town, county)
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
    }

    /** The {@code company.*} values of document templates (the name and logo come from elsewhere when empty). */
    public Map<String, Object> templateValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        put(values, "name", legalName);
        put(values, "taxId", taxId);
        put(values, "registrationNo", registrationNo);
        put(values, "address", address());
        put(values, "phone", phone);
        put(values, "email", email);
        put(values, "website", website);
        put(values, "bank", bankName);
        put(values, "iban", iban);
        return values;
    }

    private static void put(Map<String, Object> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
