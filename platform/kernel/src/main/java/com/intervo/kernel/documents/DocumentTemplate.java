package com.intervo.kernel.documents;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The tenant's own template for one kind of document in one language. */
@Entity
@Table(name = "document_template")
class DocumentTemplate extends AuditedEntity {

    @Convert(converter = DocumentKindColumn.class)
    @Column(nullable = false, updatable = false)
    private DocumentKind kind;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false)
    private String body;

    protected DocumentTemplate() {}

    DocumentTemplate(DocumentKind kind, String language, String body) {
        this.kind = kind;
        this.language = language;
        this.body = body;
    }

    DocumentKind getKind() {
        return kind;
    }

    String getLanguage() {
        return language;
    }

    String getBody() {
        return body;
    }

    void setBody(String body) {
        this.body = body;
    }
}
