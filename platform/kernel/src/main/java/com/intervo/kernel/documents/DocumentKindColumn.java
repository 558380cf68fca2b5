package com.intervo.kernel.documents;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a document kind by its key, as the enum it replaced did. */
@Converter
class DocumentKindColumn implements AttributeConverter<DocumentKind, String> {

    @Override
    public String convertToDatabaseColumn(DocumentKind kind) {
        return kind == null ? null : kind.name();
    }

    @Override
    public DocumentKind convertToEntityAttribute(String name) {
        return name == null ? null : DocumentKind.of(name);
    }
}
