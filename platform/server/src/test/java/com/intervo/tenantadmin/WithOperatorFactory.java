package com.intervo.tenantadmin;

import com.intervo.kernel.identity.OperatorAuthentication;
import com.intervo.kernel.identity.OperatorSignIn;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

class WithOperatorFactory implements WithSecurityContextFactory<WithOperator> {

    static final String BOOTSTRAP_USER = "operator";
    static final String BOOTSTRAP_PASSWORD = "intervo-demo";

    private final OperatorSignIn operators;

    WithOperatorFactory(OperatorSignIn operators) {
        this.operators = operators;
    }

    @Override
    public SecurityContext createSecurityContext(WithOperator annotation) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new OperatorAuthentication(operators.authenticate(BOOTSTRAP_USER, BOOTSTRAP_PASSWORD)));
        return context;
    }
}
