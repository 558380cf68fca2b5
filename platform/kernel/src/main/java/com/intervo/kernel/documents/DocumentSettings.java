package com.intervo.kernel.documents;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The tenant's single row of document settings: the logo. (Its terms columns were the terms of every kind of
 * document; they moved to {@code document_terms}, per kind.)
 */
@Entity
@Table(name = "document_settings")
class DocumentSettings extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private boolean singleton = true;

    private byte[] logo;

    @Column(name = "logo_media_type")
    private String logoMediaType;

    byte[] getLogo() {
        return logo;
    }

    String getLogoMediaType() {
        return logoMediaType;
    }

    void setLogo(byte[] logo, String mediaType) {
        this.logo = logo;
        this.logoMediaType = mediaType;
    }
}
