package com.intervo.kernel.documents;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The tenant's own terms and conditions for one kind of document in one language. */
@Entity
@Table(name = "document_terms")
class DocumentTerms extends AuditedEntity {

    @Convert(converter = DocumentKindColumn.class)
    @Column(nullable = false, updatable = false)
    private DocumentKind kind;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false)
    private String text;

    protected DocumentTerms() {}

    DocumentTerms(DocumentKind kind, String language, String text) {
        this.kind = kind;
        this.language = language;
        this.text = text;
    }

    String getText() {
        return text;
    }

    void setText(String text) {
        this.text = text;
    }
}
