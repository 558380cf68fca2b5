package com.intervo.kernel.security;

import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Binds the authenticated user's tenant to the request thread, after Spring Security has run. */
class TenantBindingFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = IntervoAuthentication.current();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        TenantContext.bind(user.get().tenant());
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }
}
