package com.intervo.kernel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every page, public ones included (Vaadin serves its pages past Spring Security's header
 * writers): {@code X-Content-Type-Options}, a referrer policy and a Content-Security-Policy that Vaadin works under
 * (its client needs inline styles and scripts and {@code eval}); nothing from other sites but images (map tiles).
 * Embeddable public pages may be framed by the sites their module names, every other page only by our own.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; "
            + "connect-src 'self'; frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors ";

    /** One embeddable path and who may frame it. */
    record Embeddable(RequestMatcher path, String frameAncestors) {}

    private final List<Embeddable> embeddable;

    SecurityHeadersFilter(List<Embeddable> embeddable) {
        this.embeddable = List.copyOf(embeddable);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        String ancestors = embeddable.stream()
                .filter(e -> e.path().matches(request))
                .map(Embeddable::frameAncestors)
                .findFirst()
                .orElse("'self'");
        response.setHeader("Content-Security-Policy", POLICY + ancestors);
        chain.doFilter(request, response);
    }
}
