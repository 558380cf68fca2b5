package com.intervo.kernel.documents;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The form settings of one kind of document in one language. */
@Entity
@Table(name = "document_layout")
class DocumentLayout extends AuditedEntity {

    @Convert(converter = DocumentKindColumn.class)
    @Column(nullable = false, updatable = false)
    private DocumentKind kind;

    @Column(nullable = false, updatable = false)
    private String language;

    private String title;
    private String note;
    private String accent;

    @Column(name = "show_logo", nullable = false)
    private boolean showLogo = true;

    @Column(name = "show_qr", nullable = false)
    private boolean showQr = true;

    @Column(name = "show_signature", nullable = false)
    private boolean showSignature = true;

    @Column(name = "show_prices", nullable = false)
    private boolean showPrices = true;

    protected DocumentLayout() {}

    DocumentLayout(DocumentKind kind, String language) {
        this.kind = kind;
        this.language = language;
    }

    DocumentLayoutSettings settings() {
        return new DocumentLayoutSettings(title, note, accent, showLogo, showQr, showSignature, showPrices);
    }

    void set(DocumentLayoutSettings s) {
        title = s.title();
        note = s.note();
        accent = s.accent();
        showLogo = s.showLogo();
        showQr = s.showQr();
        showSignature = s.showSignature();
        showPrices = s.showPrices();
    }
}
