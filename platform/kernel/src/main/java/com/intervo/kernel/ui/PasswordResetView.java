package com.intervo.kernel.ui;

import com.intervo.kernel.identity.UserInvitations;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Choosing a new password from a reset link an admin had e-mailed. */
@Route(value = "password-reset/:workspace/:token", autoLayout = false)
@AnonymousAllowed
class PasswordResetView extends LinkPasswordView {

    PasswordResetView(UserInvitations invitations) {
        super(invitations, UserInvitations.Link.PASSWORD_RESET);
    }

    @Override
    String titleKey() {
        return "users.reset.title";
    }

    @Override
    String introKey() {
        return "users.reset.intro";
    }
}
