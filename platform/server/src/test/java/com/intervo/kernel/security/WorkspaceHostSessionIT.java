package com.intervo.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import jakarta.servlet.Filter;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** A web session is signed in only on its own workspace's host, through the application's real filter chains. */
@TenantIntegrationTest
class WorkspaceHostSessionIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityChain;

    @AfterEach
    void tearDown() {
        fixtures.signOut();
    }

    @Test
    void aSessionReplayedOnAnotherWorkspacesHostIsNotSignedIn() throws Exception {
        TenantId own = fixtures.newTenant();
        TenantId other = fixtures.newTenant();
        IntervoUser admin = fixtures.signIn(own, "admin");
        fixtures.signOut();
        MockHttpSession session = new MockHttpSession();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new IntervoAuthentication(admin));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);

        assertThat(signedInAs(own.key() + ".localhost:8080", session)).isEqualTo(own);
        // the cookie of own's session sent to the other workspace's host: not signed in there
        MockHttpServletResponse onOther = new MockHttpServletResponse();
        assertThat(signedInAs(other.key() + ".localhost:8080", session, onOther))
                .isNull();
        assertThat(onOther.getStatus() == 302 ? onOther.getRedirectedUrl() : "/login")
                .contains("/login");
        // a host that names no workspace (localhost, the apex domain) keeps the session's workspace
        assertThat(signedInAs("localhost:8080", session)).isEqualTo(own);
        // and the session itself still holds its sign-in for its own host
        assertThat(signedInAs(own.key() + ".localhost:8080", session)).isEqualTo(own);
    }

    private TenantId signedInAs(String host, MockHttpSession session) throws Exception {
        return signedInAs(host, session, new MockHttpServletResponse());
    }

    /** The workspace of the user the request reaches the application as, null when not signed in. */
    private TenantId signedInAs(String host, MockHttpSession session, MockHttpServletResponse response)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/customers");
        request.setServerName(host.substring(0, host.indexOf(':')));
        request.addHeader("Host", host);
        request.setSession(session);
        AtomicReference<Authentication> seen = new AtomicReference<>();
        securityChain.doFilter(
                request,
                response,
                (req, res) -> seen.set(SecurityContextHolder.getContext().getAuthentication()));
        return seen.get() instanceof IntervoAuthentication auth
                ? auth.getPrincipal().tenant()
                : null;
    }
}
