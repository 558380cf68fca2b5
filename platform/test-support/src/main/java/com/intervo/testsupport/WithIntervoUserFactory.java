package com.intervo.testsupport;

import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

class WithIntervoUserFactory implements WithSecurityContextFactory<WithIntervoUser> {

    private final UserDirectory users;

    WithIntervoUserFactory(UserDirectory users) {
        this.users = users;
    }

    @Override
    public SecurityContext createSecurityContext(WithIntervoUser annotation) {
        TenantId tenant = new TenantId(annotation.workspace());
        var id = TenantContext.callAs(
                tenant,
                () -> users.findByUsername(annotation.username()).orElseThrow().getId());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new IntervoAuthentication(users.principal(tenant, id).orElseThrow()));
        return context;
    }
}
