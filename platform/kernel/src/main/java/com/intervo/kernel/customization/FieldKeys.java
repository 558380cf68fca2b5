package com.intervo.kernel.customization;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.function.Predicate;

/** Technical keys made from what people type: "Număr de inventar" → {@code numar_de_inventar}, "Пломба" → {@code plomba}. */
final class FieldKeys {

    // any script to Latin, then without accents: Romanian, Czech and Cyrillic labels give readable keys
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private FieldKeys() {}

    /** Lower-case letters, digits and _; starts with a letter (else {@code fallback} is put first); ≤ 40. */
    static String slug(String text, String fallback) {
        String ascii;
        synchronized (TO_ASCII) {
            ascii = TO_ASCII.transliterate(text == null ? "" : text);
        }
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.isEmpty() || !Character.isLetter(slug.charAt(0))) {
            slug = slug.isEmpty() ? fallback : fallback + "_" + slug;
        }
        return cut(slug, 40);
    }

    /** {@code base}, or {@code base_2}, {@code base_3} … — the first one not taken, at most {@code max} long. */
    static String unique(String base, int max, Predicate<String> taken) {
        String candidate = cut(base, max);
        for (int n = 2; taken.test(candidate); n++) {
            String suffix = "_" + n;
            candidate = cut(base, max - suffix.length()) + suffix;
        }
        return candidate;
    }

    private static String cut(String text, int max) {
        String cut = text.length() <= max ? text : text.substring(0, max);
        return cut.replaceAll("_+$", "");
    }
}
