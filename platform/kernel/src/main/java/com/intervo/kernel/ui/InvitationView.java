package com.intervo.kernel.ui;

import com.intervo.kernel.identity.UserInvitations;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Accepting an invitation: the invited person chooses a password and the account becomes active. */
@Route(value = "invitation/:workspace/:token", autoLayout = false)
@AnonymousAllowed
class InvitationView extends LinkPasswordView {

    InvitationView(UserInvitations invitations) {
        super(invitations, UserInvitations.Link.INVITATION);
    }

    @Override
    String titleKey() {
        return "users.invitation.title";
    }

    @Override
    String introKey() {
        return "users.invitation.intro";
    }
}
