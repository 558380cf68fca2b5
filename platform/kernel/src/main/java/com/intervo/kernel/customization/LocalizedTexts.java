package com.intervo.kernel.customization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Texts an admin types in up to four languages ({@code en}, {@code ro}, {@code ru}, {@code cs}), stored as a
 * JSON object. The workspace's language is required; a missing language falls back to English, then to the first
 * language given (a Romanian workspace may have only Romanian labels).
 */
public final class LocalizedTexts {

    public static final List<String> LANGUAGES = List.of("en", "ro", "ru", "cs");

    private LocalizedTexts() {}

    /** The text in the locale's language, else English, else the first one given, else empty. */
    public static String pick(Map<String, String> texts, Locale locale) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        String language = locale == null ? "en" : locale.getLanguage();
        String text = texts.get(language);
        if (text == null || text.isBlank()) {
            text = texts.get("en");
        }
        if (text == null || text.isBlank()) {
            text = LANGUAGES.stream()
                    .map(texts::get)
                    .filter(t -> t != null && !t.isBlank())
                    .findFirst()
                    .orElse("");
        }
        return text;
    }

    /** Trimmed copy with only supported languages and without blank entries. */
    public static Map<String, String> clean(Map<String, String> texts) {
        Map<String, String> clean = new LinkedHashMap<>();
        if (texts != null) {
            for (String language : LANGUAGES) {
                String text = texts.get(language);
                if (text != null && !text.isBlank()) {
                    clean.put(language, text.strip());
                }
            }
        }
        return clean;
    }

    static boolean hasUnsupportedLanguage(Map<String, String> texts) {
        return texts != null && texts.keySet().stream().anyMatch(k -> !LANGUAGES.contains(k));
    }
}
