package com.intervo.kernel.security;

import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.OperatorAuthentication;
import com.intervo.kernel.identity.OperatorSignIn;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.tenancy.TenantDirectory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in web session in step with the user's record: a changed role or right applies on the next
 * request, a deactivated user is signed out. Checked at most every few seconds per session (API calls reload the
 * user on every request through their token).
 */
class SessionPrincipalRefreshFilter extends OncePerRequestFilter {

    static final String CHECKED_AT = SessionPrincipalRefreshFilter.class.getName() + ".checkedAt";
    private static final long INTERVAL_MILLIS = 3_000;

    private final UserDirectory users;
    private final TenantDirectory tenants;
    private final OperatorSignIn operators;

    SessionPrincipalRefreshFilter(UserDirectory users, TenantDirectory tenants, OperatorSignIn operators) {
        this.users = users;
        this.tenants = tenants;
        this.operators = operators;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        SecurityContext context = SecurityContextHolder.getContext();
        if (session != null && context.getAuthentication() instanceof IntervoAuthentication auth) {
            Object checked = session.getAttribute(CHECKED_AT);
            long now = System.currentTimeMillis();
            if (!(checked instanceof Long at) || now - at > INTERVAL_MILLIS) {
                IntervoUser signedIn = auth.getPrincipal();
                // a suspended workspace's sessions end like a deactivated user's
                Optional<IntervoUser> current =
                        tenants.findActive(signedIn.tenant().key()).isEmpty()
                                ? Optional.empty()
                                : users.principal(signedIn.tenant(), signedIn.userId());
                if (current.isEmpty()) {
                    context.setAuthentication(null);
                    SecurityContextHolder.clearContext();
                    session.invalidate();
                } else {
                    if (!current.get().roles().equals(signedIn.roles())
                            || current.get().catalogEditor() != signedIn.catalogEditor()) {
                        // the context object lives in the session: the new rights stick
                        context.setAuthentication(new IntervoAuthentication(current.get()));
                    }
                    session.setAttribute(CHECKED_AT, now);
                }
            }
        }
        if (session != null && context.getAuthentication() instanceof OperatorAuthentication auth) {
            Object checked = session.getAttribute(CHECKED_AT);
            long now = System.currentTimeMillis();
            if (!(checked instanceof Long at) || now - at > INTERVAL_MILLIS) {
                if (!operators.isActive(auth.getPrincipal().operatorId())) {
                    context.setAuthentication(null);
                    SecurityContextHolder.clearContext();
                    session.invalidate();
                } else {
                    session.setAttribute(CHECKED_AT, now);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
