package com.intervo.kernel.security;

import java.util.List;

/**
 * Paths a module serves to anyone without signing in (a public portal), declared as a bean. They pass the UI
 * filter chain unauthenticated; the {@code embeddable} ones may be shown in a frame on the sites named by
 * {@code frameAncestors} (a CSP source list such as {@code *} or {@code https://www.example.ro}) while every
 * other page refuses to be framed. Such endpoints resolve their tenant themselves, check its license and limit
 * their rate. {@code codeAuthorized} are public paths whose POSTs are authorised by a secret code in the URL (a
 * tracking code), not by a session: they need no CSRF token (there is no cookie to ride on).
 */
public record PublicEndpoints(
        List<String> paths, List<String> embeddable, String frameAncestors, List<String> codeAuthorized) {

    public PublicEndpoints(List<String> paths, List<String> embeddable, String frameAncestors) {
        this(paths, embeddable, frameAncestors, List.of());
    }

    public PublicEndpoints {
        codeAuthorized = codeAuthorized == null ? List.of() : List.copyOf(codeAuthorized);
        paths = List.copyOf(paths);
        embeddable = List.copyOf(embeddable);
        frameAncestors = frameAncestors == null || frameAncestors.isBlank() ? "'self'" : frameAncestors.strip();
        if (frameAncestors.matches(".*[;,\\r\\n].*")) {
            throw new IllegalArgumentException("frame-ancestors must be a space separated source list");
        }
    }
}
