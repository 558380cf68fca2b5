package com.intervo.kernel.documents;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The tenant's single row of document settings: logo and terms and conditions per language. */
@Entity
@Table(name = "document_settings")
class DocumentSettings extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private boolean singleton = true;

    private byte[] logo;

    @Column(name = "logo_media_type")
    private String logoMediaType;

    @Column(name = "terms_en")
    private String termsEn;

    @Column(name = "terms_ro")
    private String termsRo;

    @Column(name = "terms_ru")
    private String termsRu;

    @Column(name = "terms_cs")
    private String termsCs;

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

    String getTerms(String language) {
        return switch (language) {
            case "ro" -> termsRo;
            case "ru" -> termsRu;
            case "cs" -> termsCs;
            default -> termsEn;
        };
    }

    void setTerms(String language, String terms) {
        switch (language) {
            case "ro" -> termsRo = terms;
            case "ru" -> termsRu = terms;
            case "cs" -> termsCs = terms;
            default -> termsEn = terms;
        }
    }
}
