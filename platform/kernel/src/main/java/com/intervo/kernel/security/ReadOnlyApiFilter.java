package com.intervo.kernel.security;

import com.intervo.kernel.errors.ProblemResponses;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.tenancy.TenantAccess;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses every write to the API of a read-only workspace up front with 403, before any work is done; the
 * database refuses the rest. Reads, exports and signing in keep working.
 */
class ReadOnlyApiFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final TenantAccess access;
    private final Messages messages;

    ReadOnlyApiFilter(TenantAccess access, Messages messages) {
        this.access = access;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!SAFE.contains(request.getMethod()) && !path.startsWith("/api/v1/auth/")) {
            var user = IntervoAuthentication.current();
            if (user.isPresent() && access.isReadOnly(user.get().tenant())) {
                Locale locale = user.map(u -> u.locale())
                        .filter(l -> l != null)
                        .map(Locale::forLanguageTag)
                        .orElse(Messages.supported(request.getLocale()));
                ProblemResponses.write(
                        response,
                        403,
                        "workspace-read-only",
                        messages.getTranslation("kernel.read-only.title", locale),
                        messages.getTranslation("kernel.read-only.refused", locale));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
