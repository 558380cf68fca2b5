package com.intervo.kernel.i18n;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Translations for the UI, documents and API errors. Each module ships {@code i18n/<module>/messages_<lang>.properties}
 * (UTF-8) in en, ro, ru and cs; keys start with the module's name so bundles never collide. Texts are ICU
 * message patterns, so a count says {@code {0, plural, one{# user} other{# users}}} and each language applies its
 * own plural rules (Russian and Czech have three or four forms).
 */
@Component
public class Messages implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    public static final List<Locale> LOCALES = List.of(
            Locale.ENGLISH, Locale.forLanguageTag("ro"), Locale.forLanguageTag("ru"), Locale.forLanguageTag("cs"));
    public static final String BUNDLES = "classpath*:i18n/*/messages_*.properties";
    private static final Pattern FILE = Pattern.compile(".*/i18n/([^/]+)/messages_([a-z]{2})\\.properties$");

    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

    public Messages() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(BUNDLES)) {
                Matcher m = FILE.matcher(resource.getURL().toString());
                if (!m.matches()) {
                    continue;
                }
                Map<String, String> target = byLanguage.computeIfAbsent(m.group(2), k -> new HashMap<>());
                for (Map.Entry<String, String> e : load(resource).entrySet()) {
                    String previous = target.put(e.getKey(), e.getValue());
                    if (previous != null && !previous.equals(e.getValue())) {
                        log.warn("Translation key {} defined twice for {}", e.getKey(), m.group(2));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot load translations", e);
        }
    }

    public static Map<String, String> load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> map = new HashMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String language = supported(locale).getLanguage();
        String pattern = byLanguage.getOrDefault(language, Map.of()).get(key);
        if (pattern == null) {
            pattern = byLanguage.getOrDefault("en", Map.of()).get(key);
        }
        if (pattern == null) {
            log.warn("Missing translation {} ({})", key, language);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : format(pattern, supported(locale), params);
    }

    /** An ICU message pattern filled in for the locale: plurals by the language's rules, numbers as it writes them. */
    public static String format(String pattern, Locale locale, Object... params) {
        MessageFormat format = new MessageFormat(pattern, locale);
        try {
            return format.format(params);
        } catch (IllegalArgumentException notANumber) {
            // a count that travelled as text (e.g. an error's parameters): read it as the number it is
            Object[] numbers = params.clone();
            for (int i = 0; i < numbers.length; i++) {
                if (numbers[i] instanceof String text && text.matches("-?\\d{1,18}")) {
                    numbers[i] = Long.parseLong(text);
                }
            }
            return format.format(numbers);
        }
    }

    public boolean hasKey(String key) {
        return byLanguage.getOrDefault("en", Map.of()).containsKey(key);
    }

    /** The best supported locale for a requested one; English when none matches. */
    public static Locale supported(Locale requested) {
        if (requested == null) {
            return Locale.ENGLISH;
        }
        return LOCALES.stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** Display names of the languages, each in its own language. */
    public static String nativeName(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ro" -> "Română";
            case "ru" -> "Русский";
            case "cs" -> "Čeština";
            default -> "English";
        };
    }
}
