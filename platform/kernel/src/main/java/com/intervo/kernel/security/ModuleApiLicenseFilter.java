package com.intervo.kernel.security;

import com.intervo.kernel.errors.ProblemResponses;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleCatalog;
import com.intervo.kernel.licensing.ModuleDescriptor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses {@code /api/v1/<module>/**} with 403 when the caller's tenant is not licensed for that module. */
class ModuleApiLicenseFilter extends OncePerRequestFilter {

    private static final String PREFIX = "/api/v1/";

    private final ModuleCatalog catalog;
    private final Licenses licenses;
    private final Messages messages;

    ModuleApiLicenseFilter(ModuleCatalog catalog, Licenses licenses, Messages messages) {
        this.catalog = catalog;
        this.licenses = licenses;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<ModuleDescriptor> module = Optional.empty();
        if (path.startsWith(PREFIX)) {
            String rest = path.substring(PREFIX.length());
            int slash = rest.indexOf('/');
            module = catalog.byApiSegment(slash < 0 ? rest : rest.substring(0, slash));
        }
        if (module.isPresent()) {
            var user = IntervoAuthentication.current();
            if (user.isEmpty()
                    || !licenses.isLicensed(user.get().tenant(), module.get().key())) {
                Locale locale = Messages.supported(request.getLocale());
                ProblemResponses.write(
                        response,
                        403,
                        "module-not-licensed",
                        messages.getTranslation("kernel.api.forbidden", locale),
                        messages.getTranslation(
                                "kernel.license.not-licensed",
                                locale,
                                messages.getTranslation(module.get().key().nameKey(), locale)));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
