package com.intervo.tenantadmin.ui;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.UserInvitations;
import com.intervo.kernel.identity.UserInvitations.Holder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The e-mailed link of a new workspace's admin: confirms the address and activates the account, once. The
 * confirmation takes a click, so mail scanners that open links do not use it up.
 */
@Route(value = "verify-email/:workspace/:token", autoLayout = false)
@AnonymousAllowed
class VerifyEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient UserInvitations invitations;

    VerifyEmailView(UserInvitations invitations) {
        this.invitations = invitations;
        setId("verify-email-view");
        addClassName("intervo-login");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String workspace = event.getRouteParameters().get("workspace").orElse("");
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation("signup.verify.title")));
        Button confirm = new Button(getTranslation("signup.verify.confirm"));
        confirm.setId("verify-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirm(workspace, token));
        add(new Paragraph(getTranslation("signup.verify.ask")), confirm);
    }

    private void confirm(String workspace, String token) {
        removeAll();
        add(new H1(getTranslation("signup.verify.title")));
        Paragraph text;
        try {
            Holder holder = invitations.verifyEmail(workspace, token);
            text = new Paragraph(getTranslation("signup.verify.done", workspace, holder.username()));
            text.setId("verify-done");
        } catch (DomainException e) {
            text = new Paragraph(getTranslation("signup.verify.invalid"));
            text.setId("verify-invalid");
            text.addClassName("intervo-error");
        }
        Anchor signIn = new Anchor("login", getTranslation("signup.verify.to-sign-in"));
        signIn.setId("to-sign-in");
        add(text, signIn);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.verify.title");
    }
}
