package com.intervo.kernel.security;

import com.intervo.kernel.errors.ProblemResponses;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.identity.ApiTokenService;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.tenancy.TenantHosts;
import com.intervo.kernel.tenancy.TenantId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} calls by their bearer token. The tenant comes from the token, never from a
 * header; a token used on another tenant's host is refused.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final TenantHosts hosts;
    private final Messages messages;

    BearerTokenFilter(ApiTokenService tokens, TenantHosts hosts, Messages messages) {
        this.tokens = tokens;
        this.hosts = hosts;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<IntervoUser> user = tokens.authenticate(header.substring(7).trim());
        Optional<TenantId> hostTenant = hosts.fromHost(request.getHeader(HttpHeaders.HOST));
        if (user.isEmpty()
                || (hostTenant.isPresent()
                        && !hostTenant.get().equals(user.get().tenant()))) {
            Locale locale = Messages.supported(request.getLocale());
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            ProblemResponses.write(
                    response,
                    401,
                    "invalid-token",
                    messages.getTranslation("kernel.api.unauthorized", locale),
                    messages.getTranslation("kernel.api.invalid-token", locale));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new IntervoAuthentication(user.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
