package com.intervo.kernel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On the paths public endpoints declare embeddable, the X-Frame-Options header (which Vaadin's security sets to
 * SAMEORIGIN for every page) is dropped; the Content-Security-Policy {@code frame-ancestors} of the endpoints
 * decides who may frame them instead. Every other page keeps the header.
 */
class EmbeddableFrameFilter extends OncePerRequestFilter {

    private static final String HEADER = "X-Frame-Options";

    private final List<RequestMatcher> embeddable;

    EmbeddableFrameFilter(List<RequestMatcher> embeddable) {
        this.embeddable = List.copyOf(embeddable);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (embeddable.stream().noneMatch(m -> m.matches(request))) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!HEADER.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!HEADER.equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
