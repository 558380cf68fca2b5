package com.intervo.tenantadmin;

import com.intervo.kernel.licensing.ModuleKey;
import java.util.Set;

/** What a company types on the sign-up page. */
public record SignupRequest(String companyName, String workspace, String email, String password, String country,
                            String language, String currency, String timeZone, Set<ModuleKey> modules) {

    public SignupRequest {
        modules = modules == null ? Set.of() : Set.copyOf(modules);
    }
}
