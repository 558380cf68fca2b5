package com.intervo.tenantadmin;

import com.intervo.kernel.licensing.ModuleKey;
import java.util.Set;

/** What a company types on the sign-up page. */
public record SignupRequest(
        String companyName,
        String workspace,
        String email,
        String password,
        String country,
        String language,
        String currency,
        String timeZone,
        Set<ModuleKey> modules,
        String adminName) {

    public SignupRequest {
        modules = modules == null ? Set.of() : Set.copyOf(modules);
    }

    /** Without the admin's own name, which is then taken from the e-mail address (never the company's). */
    public SignupRequest(
            String companyName,
            String workspace,
            String email,
            String password,
            String country,
            String language,
            String currency,
            String timeZone,
            Set<ModuleKey> modules) {
        this(companyName, workspace, email, password, country, language, currency, timeZone, modules, null);
    }

    /** The name the first admin is shown under: the one typed, else the e-mail address's local part. */
    public String adminDisplayName() {
        if (adminName != null && !adminName.isBlank()) {
            return adminName.strip();
        }
        String address = email == null ? "" : email.strip();
        return address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
    }
}
