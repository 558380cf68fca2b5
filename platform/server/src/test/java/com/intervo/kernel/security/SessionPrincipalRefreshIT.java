package com.intervo.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.OperatorAuthentication;
import com.intervo.kernel.identity.OperatorSignIn;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** A web session follows the user's record: new roles on the next request, a deactivated user is signed out. */
@TenantIntegrationTest
class SessionPrincipalRefreshIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    UserDirectory users;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    OperatorSignIn operators;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        TenantContext.clear();
    }

    private MockHttpServletRequest request(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        return request;
    }

    @Test
    void roleChangesApplyAndDeactivationSignsOut() throws Exception {
        TenantId tenant = fixtures.newTenant();
        IntervoUser technician = fixtures.signIn(tenant, "technician");
        SecurityContext session = SecurityContextHolder.createEmptyContext();
        session.setAuthentication(new IntervoAuthentication(technician));
        SessionPrincipalRefreshFilter filter = new SessionPrincipalRefreshFilter(users, tenants, operators);

        fixtures.signIn(tenant, "admin");
        TenantContext.runAs(
                tenant, () -> users.setRoles(technician.userId(), Set.of(Role.TECHNICIAN, Role.DISPATCHER), true));
        SecurityContextHolder.setContext(session);
        MockHttpSession httpSession = new MockHttpSession();
        filter.doFilter(request(httpSession), new MockHttpServletResponse(), new MockFilterChain());
        IntervoUser refreshed = ((IntervoAuthentication) session.getAuthentication()).getPrincipal();
        assertThat(refreshed.roles()).containsExactlyInAnyOrder(Role.TECHNICIAN, Role.DISPATCHER);
        assertThat(refreshed.catalogEditor()).isTrue();

        fixtures.signIn(tenant, "admin");
        TenantContext.runAs(tenant, () -> users.deactivate(technician.userId()));
        SecurityContextHolder.setContext(session);
        httpSession.removeAttribute(SessionPrincipalRefreshFilter.CHECKED_AT);
        filter.doFilter(request(httpSession), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.getAuthentication()).isNull();
        assertThat(httpSession.isInvalid()).isTrue();
    }

    @Test
    void suspendingTheWorkspaceSignsItsSessionsOut() throws Exception {
        TenantId tenant = fixtures.newTenant();
        IntervoUser admin = fixtures.signIn(tenant, "admin");
        SecurityContext session = SecurityContextHolder.createEmptyContext();
        session.setAuthentication(new IntervoAuthentication(admin));
        SessionPrincipalRefreshFilter filter = new SessionPrincipalRefreshFilter(users, tenants, operators);

        SecurityContextHolder.getContext()
                .setAuthentication(new OperatorAuthentication(operators.authenticate("operator", "intervo-demo")));
        tenants.suspend(tenant);
        SecurityContextHolder.setContext(session);
        MockHttpSession httpSession = new MockHttpSession();
        filter.doFilter(request(httpSession), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.getAuthentication()).isNull();
        assertThat(httpSession.isInvalid()).isTrue();
    }
}
