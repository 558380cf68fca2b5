package com.intervo.kernel.documents;

/** The documents a tenant can shape with its own template. */
public enum DocumentKind {
    INTAKE_PROTOCOL,
    HANDOVER_PROTOCOL,
    WORK_REPORT,
    QUOTE,
    INVOICE;

    /** Translation key of the kind's name. */
    public String nameKey() {
        return "documents.kind." + name().toLowerCase().replace('_', '-');
    }

    /** Base name of the default template resource, {@code documents/defaults/<file>_<lang>.xhtml}. */
    String fileName() {
        return name().toLowerCase().replace('_', '-');
    }
}
