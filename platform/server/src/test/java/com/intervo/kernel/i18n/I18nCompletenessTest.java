package com.intervo.kernel.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every bundle exists in en, ro, ru and cs with the same keys and no empty text, every key a view or document
 * asks for exists, and no view shows a literal text instead of a translation.
 */
class I18nCompletenessTest {

    static final List<String> LANGUAGES = List.of("en", "ro", "ru", "cs");
    static final Pattern FILE = Pattern.compile(".*/i18n/([^/]+)/messages_([a-z]{2})\\.properties$");
    static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    static final Pattern KEY_LIKE = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+\\.?");
    /** Lines whose literals are not shown to people: annotations, HTTP headers, zone ids, CSS. */
    static final Pattern TECHNICAL_LINE = Pattern.compile(
            "^\\s*(@|import |package )|getHeader\\(|ZoneId\\.of\\(|getStyle\\(\\)|addClassName|setId\\(|executeJs\\(");

    private static Map<String, Map<String, Map<String, String>>> bundles() throws IOException {
        Map<String, Map<String, Map<String, String>>> bundles = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(Messages.BUNDLES)) {
            Matcher m = FILE.matcher(resource.getURL().toString());
            assertThat(m.matches()).as("bundle file name %s", resource).isTrue();
            bundles.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(m.group(2), Messages.load(resource));
        }
        return bundles;
    }

    @Test
    void everyBundleHasEveryKeyInEveryLanguage() throws IOException {
        Map<String, Map<String, Map<String, String>>> bundles = bundles();
        assertThat(bundles)
                .containsKeys(
                        "kernel",
                        "tenantadmin",
                        "crm",
                        "workshop",
                        "workshopplus",
                        "dispatch",
                        "stock",
                        "purchasing",
                        "invoicing");
        List<String> problems = new ArrayList<>();
        bundles.forEach((module, languages) -> {
            assertThat(languages.keySet()).as("languages of %s", module).containsExactlyInAnyOrderElementsOf(LANGUAGES);
            Set<String> all = new TreeSet<>();
            languages.values().forEach(m -> all.addAll(m.keySet()));
            for (String language : LANGUAGES) {
                Map<String, String> texts = languages.get(language);
                for (String key : all) {
                    if (!texts.containsKey(key)) {
                        problems.add(module + "/" + language + ": missing " + key);
                    } else if (texts.get(key).isBlank()) {
                        problems.add(module + "/" + language + ": empty " + key);
                    }
                }
                texts.keySet().stream()
                        .filter(k -> !k.startsWith(module + "."))
                        .forEach(k -> problems.add(module + "/" + language + ": key outside the module prefix " + k));
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void viewsUseOnlyExistingKeysAndNoLiteralText() throws IOException {
        Set<String> keys = new TreeSet<>();
        Map<String, Map<String, Map<String, String>>> bundles = bundles();
        bundles.values().forEach(l -> keys.addAll(l.get("en").keySet()));
        Set<String> bundleNames = bundles.keySet();
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().contains("/src/main/java/")
                            && p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/ui/"))
                    // the phone app translates with Android string resources (android/app, tested there)
                    .filter(p -> !p.toString().contains("/android/"))
                    .toList();
        }
        assertThat(sources).as("view sources under %s", root).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source);
            // a technical call the formatter wrapped over several lines stays technical to the end of its statement
            boolean inTechnicalStatement = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String trimmed = line.strip();
                if (trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//")) {
                    continue;
                }
                String code = line.replaceAll("//.*$", "");
                boolean technical =
                        inTechnicalStatement || TECHNICAL_LINE.matcher(line).find();
                inTechnicalStatement = technical
                        && !code.strip().endsWith(";")
                        && !code.strip().endsWith("{")
                        && !code.strip().endsWith("}");
                Matcher m = LITERAL.matcher(code);
                while (m.find()) {
                    String literal = m.group(1);
                    String where = root.relativize(source) + ":" + (i + 1) + " \"" + literal + "\"";
                    if (KEY_LIKE.matcher(literal).matches() && isModuleKey(literal, bundleNames)) {
                        boolean exists = literal.endsWith(".")
                                ? keys.stream().anyMatch(k -> k.startsWith(literal))
                                : keys.contains(literal);
                        if (!exists) {
                            problems.add("unknown key " + where);
                        }
                    } else if (!technical && looksLikeText(literal)) {
                        problems.add("literal text " + where);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Keys put together at run time: a prefix plus an enum constant's name ({@code "crm.customer.kind." +
     * kind.name().toLowerCase()}) needs a text for every constant of that enum, and every numbering series a
     * changelog creates needs its title {@code company.series.<key>} (the Company settings list shows them all).
     */
    @Test
    void keysMadeAtRunTimeExist() throws IOException {
        Set<String> keys = new TreeSet<>();
        bundles().values().forEach(l -> keys.addAll(l.get("en").keySet()));
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        List<String> problems = new ArrayList<>();

        Set<String> prefixes = new TreeSet<>();
        Pattern dynamic = Pattern.compile("\"([a-z][a-z0-9_-]*(?:\\.[a-z0-9_-]+)*\\.)\"\\s*\\+[^;\"]*?\\.name\\(\\)");
        for (Path source : files(root, "/src/main/java/", ".java")) {
            Matcher m = dynamic.matcher(Files.readString(source));
            while (m.find()) {
                prefixes.add(m.group(1));
            }
        }
        assertThat(prefixes).contains("crm.customer.kind.", "workshop.entry.kind.");
        List<Class<?>> enums = enumsOfTheProduct();
        for (String prefix : prefixes) {
            // the enum a prefix is about is the one whose constants it names best; a few shared names
            // (ACTIVE, DEFECT) do not make another enum's constants keys of this prefix
            double best = 0;
            List<List<String>> candidates = new ArrayList<>();
            for (Class<?> type : enums) {
                List<String> wanted = java.util.Arrays.stream(type.getEnumConstants())
                        .map(c -> prefix + ((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT))
                        .toList();
                double share = wanted.isEmpty()
                        ? 0
                        : wanted.stream().filter(keys::contains).count() / (double) wanted.size();
                if (share > best) {
                    best = share;
                    candidates.clear();
                }
                if (share == best && share > 0) {
                    candidates.add(wanted);
                }
            }
            if (best >= 0.5 && best < 1) {
                candidates.forEach(wanted ->
                        wanted.stream().filter(k -> !keys.contains(k)).forEach(k -> problems.add("missing " + k)));
            }
        }

        Pattern insert = Pattern.compile("(?is)insert\\s+into\\s+numbering_series\\b[^;]*;");
        Pattern seriesKey = Pattern.compile("'([A-Z][A-Z0-9_]{1,39})'");
        Set<String> series = new TreeSet<>();
        for (Path changelog : files(root, "/src/main/resources/db/changelog/", "")) {
            Matcher m = insert.matcher(Files.readString(changelog));
            while (m.find()) {
                Matcher k = seriesKey.matcher(m.group());
                while (k.find()) {
                    series.add(k.group(1));
                }
            }
        }
        assertThat(series).contains("SERVICE_SHEET", "TICKET", "WORK_REPORT");
        series.stream()
                .map(k -> "company.series." + k.toLowerCase(java.util.Locale.ROOT))
                .filter(k -> !keys.contains(k))
                .forEach(k -> problems.add("missing " + k + " (a numbering series of a changelog)"));
        assertThat(problems).isEmpty();
    }

    /** Our enums only: what they reference (Vaadin, Spring) need not be read, which keeps this test quick. */
    private static List<Class<?>> enumsOfTheProduct() {
        var configuration = com.tngtech.archunit.ArchConfiguration.get();
        boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new com.tngtech.archunit.core.importer.ClassFileImporter()
                            .withImportOption(
                                    com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                            .importPackages("com.intervo")
                            .stream()
                            .filter(c -> c.isEnum())
                            .<Class<?>>map(c -> c.reflect())
                            .toList();
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    private static List<Path> files(Path root, String under, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().contains(under))
                    .filter(p -> !p.toString().contains("/target/"))
                    .filter(p -> !p.toString().contains("/android/"))
                    .filter(p -> p.toString().endsWith(suffix))
                    .toList();
        }
    }

    /**
     * Every text is a valid ICU message; counts use the plural rules of the language (no "(s)"), and every
     * plural has its singular.
     */
    @Test
    void messagesAreIcuPatternsWithTheLanguagesPluralForms() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern plural = Pattern.compile("\\{\\s*\\d+\\s*,\\s*plural\\s*,");
        bundles()
                .forEach((module, languages) -> languages.forEach((language, texts) -> texts.forEach((key, text) -> {
                    java.util.Locale locale = java.util.Locale.forLanguageTag(language);
                    if (text.contains("(s)")) {
                        problems.add(language + " " + key + ": \"(s)\" instead of a plural");
                    }
                    if (!text.matches("(?s).*\\{\\s*\\d.*")) {
                        return; // shown as it is, never filled in ("{{customer.name}}" in template help)
                    }
                    try {
                        new com.ibm.icu.text.MessageFormat(text, locale);
                    } catch (IllegalArgumentException e) {
                        problems.add(language + " " + key + ": not a message pattern: " + e.getMessage());
                        return;
                    }
                    if (plural.matcher(text).find() && !text.matches("(?s).*\\bone\\s*\\{.*")) {
                        // "other" is required by ICU itself; "one" is where "1 utilizatori" came from
                        problems.add(language + " " + key + ": plural without the form for one");
                    }
                })));
        assertThat(problems).isEmpty();
    }

    @Test
    void countsReadRightInEveryLanguage() {
        Messages messages = new Messages();
        java.util.function.BiFunction<String, Object[], String> ro =
                (k, p) -> messages.getTranslation(k, java.util.Locale.forLanguageTag("ro"), p);
        assertThat(ro.apply("billing.users", new Object[] {1})).isEqualTo("1 utilizator");
        assertThat(ro.apply("billing.users", new Object[] {3})).isEqualTo("3 utilizatori");
        assertThat(ro.apply("billing.users", new Object[] {25})).isEqualTo("25 de utilizatori");
        java.util.Locale cs = java.util.Locale.forLanguageTag("cs");
        assertThat(messages.getTranslation("billing.plan.max-users", cs, 3)).isEqualTo("až 3 uživatelé");
        assertThat(messages.getTranslation("billing.plan.max-users", cs, 10)).isEqualTo("až 10 uživatelů");
        java.util.Locale ru = java.util.Locale.forLanguageTag("ru");
        assertThat(messages.getTranslation("billing.users", ru, 21)).isEqualTo("21 пользователь");
        assertThat(messages.getTranslation("billing.users", ru, 3)).isEqualTo("3 пользователя");
        assertThat(messages.getTranslation("billing.users", ru, 11)).isEqualTo("11 пользователей");
        assertThat(messages.getTranslation("dispatch.my.photo-count", java.util.Locale.ENGLISH, 0))
                .isEqualTo("No photos");
        assertThat(messages.getTranslation("dispatch.my.photo-count", java.util.Locale.ENGLISH, 1))
                .isEqualTo("1 photo");
        // a count that arrives as text (an error's parameters) still chooses its form
        assertThat(messages.getTranslation("billing.users", java.util.Locale.ENGLISH, "1"))
                .isEqualTo("1 user");
    }

    /** A literal that starts with a bundle's name is meant as a translation key of that bundle. */
    private static boolean isModuleKey(String literal, Set<String> bundleNames) {
        return bundleNames.stream().anyMatch(name -> literal.startsWith(name + "."));
    }

    /**
     * Text a person reads, as opposed to identifiers ("customerId"), codes ("EUR"), ids and CSS classes
     * ("login-view"), CSS values ("min(40rem, 100vw)") and regular expressions.
     */
    static boolean looksLikeText(String literal) {
        String s = literal.strip();
        if (s.chars().noneMatch(Character::isLetter) || s.contains("\\")) {
            return false;
        }
        // script or style code handed to the browser
        if (s.contains("{") && (s.contains("}") || s.contains("(")) || s.endsWith(";") || s.startsWith(".apply(")) {
            return false;
        }
        return !(s.matches("[a-z][a-z0-9-]*\\(.*\\)")
                || s.matches("[A-Z0-9_]+")
                || s.matches("[a-z][A-Za-z0-9]*")
                || s.matches("[a-z0-9_.:/#%\\[\\]-]+"));
    }

    @Test
    void theScannerRecognisesText() {
        assertThat(looksLikeText("Save")).isTrue();
        assertThat(looksLikeText("Sign in")).isTrue();
        assertThat(looksLikeText("Înapoi")).isTrue();
        assertThat(looksLikeText("login-view")).isFalse();
        assertThat(looksLikeText("/")).isFalse();
        assertThat(looksLikeText("customerId")).isFalse();
        assertThat(looksLikeText("EUR")).isFalse();
        assertThat(looksLikeText("min(40rem, 100vw)")).isFalse();
        assertThat(looksLikeText("\\R")).isFalse();
        assertThat(looksLikeText("New customer")).isTrue();
        assertThat(looksLikeText("Клиенты")).isTrue();
    }
}
