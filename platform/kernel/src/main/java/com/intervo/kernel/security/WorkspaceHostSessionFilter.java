package com.intervo.kernel.security;

import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.tenancy.TenantHosts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A web session is valid only on its own workspace's host: on {@code acme.intervo.app} a session signed in to
 * "demo" counts as not signed in (the sign-in page asks again), as a token of another workspace is refused by the
 * API. Only this request is affected: the session keeps its sign-in for its own host.
 */
class WorkspaceHostSessionFilter extends OncePerRequestFilter {

    private final TenantHosts hosts;

    WorkspaceHostSessionFilter(TenantHosts hosts) {
        this.hosts = hosts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof IntervoAuthentication auth
                && hosts.fromHost(request.getHeader(HttpHeaders.HOST))
                        .filter(host -> !host.equals(auth.getPrincipal().tenant()))
                        .isPresent()) {
            // a new, empty context for this request; nothing saves it over the session's
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        }
        chain.doFilter(request, response);
    }
}
