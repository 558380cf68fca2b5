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
        assertThat(bundles).containsKeys("kernel", "tenantadmin", "crm", "workshop", "workshopplus", "dispatch",
                "stock", "purchasing", "invoicing");
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
                texts.keySet().stream().filter(k -> !k.startsWith(module + "."))
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
            sources = files.filter(p -> p.toString().contains("/src/main/java/") && p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/ui/"))
                    .toList();
        }
        assertThat(sources).as("view sources under %s", root).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String trimmed = line.strip();
                if (trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//")) {
                    continue;
                }
                String code = line.replaceAll("//.*$", "");
                Matcher m = LITERAL.matcher(code);
                while (m.find()) {
                    String literal = m.group(1);
                    String where = root.relativize(source) + ":" + (i + 1) + " \"" + literal + "\"";
                    if (KEY_LIKE.matcher(literal).matches() && isModuleKey(literal, bundleNames)) {
                        boolean exists = literal.endsWith(".")
                                ? keys.stream().anyMatch(k -> k.startsWith(literal)) : keys.contains(literal);
                        if (!exists) {
                            problems.add("unknown key " + where);
                        }
                    } else if (!TECHNICAL_LINE.matcher(line).find() && looksLikeText(literal)) {
                        problems.add("literal text " + where);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
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
        return !(s.matches("[a-z][a-z0-9-]*\\(.*\\)") || s.matches("[A-Z0-9_]+") || s.matches("[a-z][A-Za-z0-9]*")
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
