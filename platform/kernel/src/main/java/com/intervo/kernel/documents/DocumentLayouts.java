package com.intervo.kernel.documents;

import com.intervo.kernel.customization.WorkflowStatuses;
import com.intervo.kernel.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The template form's settings of the current tenant, per kind of document and language (see
 * {@link DocumentLayoutSettings}). They apply on top of the template, so the form and the XHTML editor can both
 * be used: the XHTML for the structure, the form for what changes most.
 */
@Service
public class DocumentLayouts {

    private final StoredLayouts layouts;
    private final DocumentKinds kinds;

    DocumentLayouts(StoredLayouts layouts, DocumentKinds kinds) {
        this.layouts = layouts;
        this.kinds = kinds;
    }

    @Transactional(readOnly = true)
    public DocumentLayoutSettings layout(DocumentKind kind, Locale locale) {
        TenantContext.require();
        return layouts.findByKindAndLanguage(kind, DocumentDefaults.language(locale))
                .map(DocumentLayout::settings)
                .orElseGet(DocumentLayoutSettings::asWritten);
    }

    /** Checks and stores the settings; a wrong value fails with the field it is about and changes nothing. */
    @Transactional
    @RolesAllowed("ADMIN")
    public void save(DocumentKind kind, Locale locale, DocumentLayoutSettings settings) {
        TenantContext.require();
        kinds.definition(kind);
        check(settings);
        String language = DocumentDefaults.language(locale);
        DocumentLayout layout =
                layouts.findByKindAndLanguage(kind, language).orElseGet(() -> new DocumentLayout(kind, language));
        layout.set(settings);
        layouts.saveAndFlush(layout);
    }

    /** The template as written again. */
    @Transactional
    @RolesAllowed("ADMIN")
    public void reset(DocumentKind kind, Locale locale) {
        TenantContext.require();
        layouts.findByKindAndLanguage(kind, DocumentDefaults.language(locale)).ifPresent(layouts::delete);
        layouts.flush();
    }

    static void check(DocumentLayoutSettings s) {
        if (s.title() != null && s.title().length() > DocumentLayoutSettings.MAX_TITLE) {
            throw new DocumentException("documents.layout.error.title", DocumentLayoutSettings.MAX_TITLE);
        }
        if (s.note() != null && s.note().length() > DocumentLayoutSettings.MAX_NOTE) {
            throw new DocumentException("documents.layout.error.note", DocumentLayoutSettings.MAX_NOTE);
        }
        if (s.accent() != null && !WorkflowStatuses.COLOUR.matcher(s.accent()).matches()) {
            throw new DocumentException("documents.layout.error.accent");
        }
    }
}
