package com.intervo.tenantadmin.billing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which Stripe tax id a company's tax id is, by its country. In the EU only a VAT number (with its country prefix,
 * e.g. {@code RO12345678}, {@code CZ12345678}, {@code EL…} for Greece) is one: a Romanian CUI without "RO" means the
 * company is not registered for VAT, so nothing is sent. Elsewhere only the types below; anything else is not sent.
 */
final class TaxIds {

    /** A tax id as Stripe takes it: its type ({@code eu_vat}, …) and the value. */
    record Wanted(String type, String value) {}

    private static final Set<String> EU = Set.of(
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
            "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");
    private static final Map<String, String> OTHER = Map.of(
            "RU", "ru_inn", "GB", "gb_vat", "CH", "ch_vat", "NO", "no_vat", "MD", "md_vat", "UA", "ua_vat", "BY",
            "by_tin");

    private TaxIds() {}

    static Optional<Wanted> of(String country, String taxId) {
        if (country == null || taxId == null) {
            return Optional.empty();
        }
        String value = taxId.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String c = country.toUpperCase(Locale.ROOT);
        if (EU.contains(c)) {
            String prefix = c.equals("GR") ? "EL" : c;
            return value.startsWith(prefix) && value.length() > prefix.length()
                    ? Optional.of(new Wanted("eu_vat", value))
                    : Optional.empty();
        }
        return Optional.ofNullable(OTHER.get(c)).map(type -> new Wanted(type, value));
    }
}
