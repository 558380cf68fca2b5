package com.intervo.kernel.customization;

import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.Tenants;
import org.springframework.stereotype.Component;

/** The language of the bound workspace: the names admins give fields and statuses are required in it. */
@Component
class WorkspaceLanguage {

    private final Tenants tenants;

    WorkspaceLanguage(Tenants tenants) {
        this.tenants = tenants;
    }

    String current() {
        String language = tenants.findByKey(TenantContext.require().key())
                .map(t -> t.getDefaultLocale())
                .orElse("en");
        return LocalizedTexts.LANGUAGES.contains(language) ? language : "en";
    }
}
