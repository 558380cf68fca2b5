package com.intervo.kernel.documents;

import com.intervo.kernel.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's document templates, logo and terms and conditions. Reading is open to every signed-in
 * user (documents are printed by everyone); changing is for admins. A refused change saves nothing.
 */
@Service
public class DocumentTemplates {

    public static final int MAX_TEMPLATE_CHARS = 100_000;
    public static final int MAX_LOGO_BYTES = 512 * 1024;
    public static final int MAX_LOGO_PIXELS = 4000;
    public static final int MAX_TERMS_CHARS = 10_000;

    /** A template as the editor shows it; {@code customized} is false while the shipped default applies. */
    public record TemplateText(DocumentKind kind, String language, String body, boolean customized) {}

    /**
     * Terms and conditions of one kind of document in one language; {@code customized} is false while the kind's
     * shipped default applies.
     */
    public record TermsText(DocumentKind kind, String language, String text, boolean customized) {}

    /** The tenant's logo: content-checked PNG or JPEG bytes. */
    public record Logo(byte[] bytes, String mediaType) {

        public String dataUri() {
            return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
        }
    }

    private final StoredTemplates templates;
    private final StoredSettings settings;
    private final StoredTerms terms;
    private final DocumentKinds kinds;
    private final DocumentRenderer renderer = new DocumentRenderer();

    DocumentTemplates(StoredTemplates templates, StoredSettings settings, StoredTerms terms, DocumentKinds kinds) {
        this.kinds = kinds;
        this.templates = templates;
        this.settings = settings;
        this.terms = terms;
    }

    @Transactional(readOnly = true)
    public TemplateText template(DocumentKind kind, Locale locale) {
        TenantContext.require();
        String language = DocumentDefaults.language(locale);
        return templates
                .findByKindAndLanguage(kind, language)
                .map(t -> new TemplateText(kind, language, t.getBody(), true))
                .orElseGet(() -> new TemplateText(
                        kind, language, DocumentDefaults.template(kinds.definition(kind), locale), false));
    }

    /** Validates the template (tags, XHTML, sandbox, rendered with sample data) and stores it. */
    @Transactional
    @RolesAllowed("ADMIN")
    public void save(DocumentKind kind, Locale locale, String body) {
        TenantContext.require();
        String language = DocumentDefaults.language(locale);
        renderer.validate(
                body, DocumentDefaults.sampleModel(kinds.definition(kind), locale), Locale.forLanguageTag(language));
        templates
                .findByKindAndLanguage(kind, language)
                .ifPresentOrElse(
                        t -> t.setBody(body), () -> templates.save(new DocumentTemplate(kind, language, body)));
        templates.flush();
    }

    /** Back to the shipped default for this kind and language. */
    @Transactional
    @RolesAllowed("ADMIN")
    public void reset(DocumentKind kind, Locale locale) {
        TenantContext.require();
        templates.findByKindAndLanguage(kind, DocumentDefaults.language(locale)).ifPresent(templates::delete);
        templates.flush();
    }

    @Transactional(readOnly = true)
    public Optional<Logo> logo() {
        TenantContext.require();
        return settings.findFirstBy()
                .filter(s -> s.getLogo() != null)
                .map(s -> new Logo(s.getLogo(), s.getLogoMediaType()));
    }

    /**
     * Stores a logo after looking at its content only (never the file name or the declared type): PNG or JPEG
     * magic bytes, a readable image header, at most {@link #MAX_LOGO_BYTES} and {@link #MAX_LOGO_PIXELS} wide/high.
     */
    @Transactional
    @RolesAllowed("ADMIN")
    public void saveLogo(byte[] bytes) {
        TenantContext.require();
        String mediaType = sniff(bytes);
        DocumentSettings row = settings.findFirstBy().orElseGet(DocumentSettings::new);
        row.setLogo(bytes.clone(), mediaType);
        settings.saveAndFlush(row);
    }

    @Transactional
    @RolesAllowed("ADMIN")
    public void removeLogo() {
        TenantContext.require();
        settings.findFirstBy().ifPresent(s -> s.setLogo(null, null));
        settings.flush();
    }

    /** The terms and conditions that print on this kind of document in the language. */
    @Transactional(readOnly = true)
    public TermsText terms(DocumentKind kind, Locale locale) {
        TenantContext.require();
        String language = DocumentDefaults.language(locale);
        return terms.findByKindAndLanguage(kind, language)
                .map(DocumentTerms::getText)
                .filter(t -> !t.isBlank())
                .map(t -> new TermsText(kind, language, t, true))
                .orElseGet(() ->
                        new TermsText(kind, language, DocumentDefaults.terms(kinds.definition(kind), locale), false));
    }

    /** Sets the terms of one kind of document in one language; a blank text goes back to the kind's default. */
    @Transactional
    @RolesAllowed("ADMIN")
    public void saveTerms(DocumentKind kind, Locale locale, String text) {
        TenantContext.require();
        if (kind == null) {
            throw new DocumentException("documents.error.kind-required");
        }
        kinds.definition(kind);
        String value = text == null || text.isBlank() ? null : text.strip();
        if (value != null && value.length() > MAX_TERMS_CHARS) {
            throw new DocumentException("documents.error.terms-too-long", MAX_TERMS_CHARS);
        }
        String language = DocumentDefaults.language(locale);
        var existing = terms.findByKindAndLanguage(kind, language);
        if (value == null) {
            existing.ifPresent(terms::delete);
        } else {
            existing.ifPresentOrElse(t -> t.setText(value), () -> terms.save(new DocumentTerms(kind, language, value)));
        }
        terms.flush();
    }

    static String sniff(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DocumentException("documents.error.logo-empty");
        }
        if (bytes.length > MAX_LOGO_BYTES) {
            throw new DocumentException("documents.error.logo-too-big", MAX_LOGO_BYTES / 1024);
        }
        String mediaType;
        if (bytes.length > 8
                && (bytes[0] & 0xFF) == 0x89
                && bytes[1] == 'P'
                && bytes[2] == 'N'
                && bytes[3] == 'G'
                && bytes[4] == 0x0D
                && bytes[5] == 0x0A
                && bytes[6] == 0x1A
                && bytes[7] == 0x0A) {
            mediaType = "image/png";
        } else if (bytes.length > 3
                && (bytes[0] & 0xFF) == 0xFF
                && (bytes[1] & 0xFF) == 0xD8
                && (bytes[2] & 0xFF) == 0xFF) {
            mediaType = "image/jpeg";
        } else {
            throw new DocumentException("documents.error.logo-type");
        }
        // the header must read as an image of that type, and not a huge one
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
            if (in == null || !readers.hasNext()) {
                throw new DocumentException("documents.error.logo-type");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) > MAX_LOGO_PIXELS || reader.getHeight(0) > MAX_LOGO_PIXELS) {
                    throw new DocumentException("documents.error.logo-dimensions", MAX_LOGO_PIXELS);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentException de) {
                throw de;
            }
            throw new DocumentException("documents.error.logo-type");
        }
        return mediaType;
    }
}
