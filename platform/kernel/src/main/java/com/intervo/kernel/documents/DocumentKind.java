package com.intervo.kernel.documents;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key of a kind of document a tenant can shape with its own template (e.g. {@code INTAKE_PROTOCOL}). Modules
 * register their kinds with a {@link DocumentKindDefinition}; the kernel checks every key against those
 * ({@link DocumentKinds}) and knows none by name.
 */
public record DocumentKind(String name) {

    public static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    public DocumentKind {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a document kind: " + name);
        }
    }

    public static DocumentKind of(String name) {
        return new DocumentKind(name);
    }

    /** Base name of the kind's default template files, {@code <file>_<lang>.xhtml}. */
    public String fileName() {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return name;
    }
}
