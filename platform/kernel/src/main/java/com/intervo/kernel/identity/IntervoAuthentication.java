package com.intervo.kernel.identity;

import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** An authenticated Intervo user, from the sign-in form or from an API token. */
public class IntervoAuthentication extends AbstractAuthenticationToken {

    private final IntervoUser user;

    public IntervoAuthentication(IntervoUser user) {
        super(user.authorities());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public IntervoUser getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.getName();
    }

    /** The user of the current request or UI, if any. */
    public static Optional<IntervoUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof IntervoAuthentication ia ? Optional.of(ia.getPrincipal()) : Optional.empty();
    }
}
