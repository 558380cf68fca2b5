package com.intervo.kernel.documents;

import java.util.Map;
import java.util.Objects;

/**
 * A kind of document a module brings, declared as a bean next to the module's descriptor: its key, the
 * translation key of its name, where its default templates live in the module's own resources
 * ({@code <defaultsFolder>/<file>_<lang>.xhtml} in en, ro, ru and cs, optionally
 * {@code <defaultsFolder>/terms-<file>_<lang>.txt} when its terms differ from the general ones), the number prefix
 * of its sample and what its preview sample adds to the common one.
 *
 * @param order position in the Documents settings' list of kinds
 */
public record DocumentKindDefinition(
        DocumentKind kind, String nameKey, String defaultsFolder, String numberPrefix, int order, SampleData sample) {

    /** Adds what the kind's templates print beyond the common sample (customer, company, items, totals…). */
    @FunctionalInterface
    public interface SampleData {
        void addTo(Map<String, Object> model, String language);
    }

    public DocumentKindDefinition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(defaultsFolder, "defaultsFolder");
        Objects.requireNonNull(numberPrefix, "numberPrefix");
        Objects.requireNonNull(sample, "sample");
        if (defaultsFolder.startsWith("/") || defaultsFolder.endsWith("/")) {
            throw new IllegalArgumentException(
                    "A class-path folder without leading or trailing slash: " + defaultsFolder);
        }
    }

    public static DocumentKindDefinition of(
            DocumentKind kind, String nameKey, String defaultsFolder, String numberPrefix, int order) {
        return new DocumentKindDefinition(kind, nameKey, defaultsFolder, numberPrefix, order, (model, language) -> {});
    }

    public DocumentKindDefinition withSample(SampleData sample) {
        return new DocumentKindDefinition(kind, nameKey, defaultsFolder, numberPrefix, order, sample);
    }

    String templatePath(String language) {
        return defaultsFolder + "/" + kind.fileName() + "_" + language + ".xhtml";
    }

    String termsPath(String language) {
        return defaultsFolder + "/terms-" + kind.fileName() + "_" + language + ".txt";
    }
}
