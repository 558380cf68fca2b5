package com.intervo.kernel.documents;

import com.intervo.kernel.i18n.Messages;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The kinds of document the modules of this deployable register. A kind no module registers is refused; a
 * registered kind without its default template in every language stops the start-up.
 */
@Component
public class DocumentKinds {

    private final Map<DocumentKind, DocumentKindDefinition> byKind = new LinkedHashMap<>();

    public DocumentKinds(List<DocumentKindDefinition> definitions) {
        for (DocumentKindDefinition d : definitions.stream()
                .sorted(Comparator.comparingInt(DocumentKindDefinition::order)
                        .thenComparing(d -> d.kind().name()))
                .toList()) {
            if (byKind.put(d.kind(), d) != null) {
                throw new IllegalStateException("Two modules register the document kind " + d.kind());
            }
            for (Locale language : Messages.LOCALES) {
                String path = d.templatePath(language.getLanguage());
                if (DocumentKinds.class.getClassLoader().getResource(path) == null) {
                    throw new IllegalStateException(
                            "The document kind " + d.kind() + " has no default template " + path);
                }
            }
        }
    }

    /** Every registered kind, in the order the Documents settings list them. */
    public List<DocumentKind> all() {
        return List.copyOf(byKind.keySet());
    }

    public boolean isRegistered(DocumentKind kind) {
        return byKind.containsKey(kind);
    }

    /** The kind's definition; a kind no module registers is refused. */
    public DocumentKindDefinition definition(DocumentKind kind) {
        DocumentKindDefinition d = byKind.get(kind);
        if (d == null) {
            throw new IllegalArgumentException("No module registers the document kind " + kind);
        }
        return d;
    }

    /** The kind's shipped template in the locale's language. */
    public String defaultTemplate(DocumentKind kind, Locale locale) {
        return DocumentDefaults.template(definition(kind), locale);
    }

    /** The kind's shipped terms and conditions in the locale's language. */
    public String defaultTerms(DocumentKind kind, Locale locale) {
        return DocumentDefaults.terms(definition(kind), locale);
    }

    /** The preview sample of the kind in the locale's language. */
    public Map<String, Object> sampleModel(DocumentKind kind, Locale locale) {
        return DocumentDefaults.sampleModel(definition(kind), locale);
    }

    /** Translation key of the kind's name. */
    public String nameKey(DocumentKind kind) {
        return definition(kind).nameKey();
    }
}
