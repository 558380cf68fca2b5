package com.intervo.kernel.documents;

import com.intervo.kernel.company.CompanyProfiles;
import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Renders the current tenant's documents as PDF: its template for the kind and language (else the default), its
 * logo as {@code {{company.logo}}}, the kind's terms as {@code {{terms}}} and its name as {@code {{company.name}}} unless
 * the model brings one. Other modules call {@link #render}; the template editor calls {@link #preview}.
 */
@Service
public class DocumentService {

    private final DocumentTemplates templates;
    private final TenantDirectory tenants;
    private final DocumentRenderer renderer = new DocumentRenderer();

    private final CompanyProfiles companyProfiles;

    private final DocumentLayouts layouts;

    private final DocumentKinds kinds;

    DocumentService(
            DocumentTemplates templates,
            TenantDirectory tenants,
            CompanyProfiles companyProfiles,
            DocumentLayouts layouts,
            DocumentKinds kinds) {
        this.kinds = kinds;
        this.layouts = layouts;
        this.companyProfiles = companyProfiles;
        this.templates = templates;
        this.tenants = tenants;
    }

    /** A PDF of the kind in the locale's language for the model (plain maps, lists, strings, numbers, dates). */
    public byte[] render(DocumentKind kind, Locale locale, Map<String, ?> model) {
        TenantContext.require();
        Locale language = Locale.forLanguageTag(DocumentDefaults.language(locale));
        String body = layouts.layout(kind, language)
                .applyTo(templates.template(kind, language).body());
        return renderer.render(body, withTenantData(kind, model, language), language);
    }

    /** A PDF of an unsaved template with the sample data; a broken template fails with the reason. */
    @RolesAllowed("ADMIN")
    public byte[] preview(DocumentKind kind, Locale locale, String body) {
        TenantContext.require();
        Locale language = Locale.forLanguageTag(DocumentDefaults.language(locale));
        renderer.validate(body, DocumentDefaults.sampleModel(kinds.definition(kind), language), language);
        // as it will print: with the form's settings on top
        return renderer.render(layouts.layout(kind, language).applyTo(body), sampleModel(kind, language), language);
    }

    /**
     * A PDF of the kind as it prints with unsaved form settings (the template form's live preview), with the
     * sample data; wrong settings fail with the reason.
     */
    @RolesAllowed("ADMIN")
    public byte[] previewLayout(DocumentKind kind, Locale locale, DocumentLayoutSettings settings) {
        TenantContext.require();
        DocumentLayouts.check(settings);
        Locale language = Locale.forLanguageTag(DocumentDefaults.language(locale));
        String body = settings.applyTo(templates.template(kind, language).body());
        return renderer.render(body, sampleModel(kind, language), language);
    }

    /** The sample data of the preview, with the tenant's name, logo and terms. */
    public Map<String, Object> sampleModel(DocumentKind kind, Locale locale) {
        Map<String, Object> sample = DocumentDefaults.sampleModel(kinds.definition(kind), locale);
        sample.remove("terms");
        Map<String, Object> company = new LinkedHashMap<>(castMap(sample.get("company")));
        company.remove("name");
        // what the company has filled in shows instead of the sample's
        company.keySet().removeAll(companyProfiles.details().templateValues().keySet());
        sample.put("company", company);
        return withTenantData(kind, sample, locale);
    }

    private Map<String, Object> withTenantData(DocumentKind kind, Map<String, ?> model, Locale locale) {
        Map<String, Object> result = new LinkedHashMap<>(model);
        Map<String, Object> company = new LinkedHashMap<>(castMap(model.get("company")));
        TenantId tenant = TenantContext.require();
        // the company's own data fills what the caller did not give
        companyProfiles.details().templateValues().forEach(company::putIfAbsent);
        if (!(company.get("name") instanceof String name) || name.isBlank()) {
            company.put(
                    "name",
                    tenants.findActive(tenant.key()).map(Tenant::getDisplayName).orElse(tenant.key()));
        }
        company.put(
                "logo", templates.logo().map(DocumentTemplates.Logo::dataUri).orElse(""));
        result.put("company", company);
        if (!(result.get("terms") instanceof String terms) || terms.isBlank()) {
            result.put("terms", templates.terms(kind, locale).text());
        }
        return result;
    }

    private static Map<String, ?> castMap(Object value) {
        return value instanceof Map<?, ?> map ? toStringKeys(map) : Map.of();
    }

    private static Map<String, ?> toStringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }
}
