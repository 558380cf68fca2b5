package com.intervo.kernel.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A signed-in platform operator; its only authority is ROLE_OPERATOR. */
public class OperatorAuthentication extends AbstractAuthenticationToken {

    public static final String ROLE = "OPERATOR";

    private final PlatformOperator operator;

    public OperatorAuthentication(PlatformOperator operator) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
        this.operator = operator;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public PlatformOperator getPrincipal() {
        return operator;
    }

    @Override
    public String getName() {
        return operator.getName();
    }

    /** The operator of the current request or UI, if any. */
    public static Optional<PlatformOperator> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof OperatorAuthentication oa ? Optional.of(oa.getPrincipal()) : Optional.empty();
    }
}
