package com.intervo.kernel.ui;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.UserInvitations;
import com.intervo.kernel.identity.UserInvitations.Holder;
import com.intervo.kernel.identity.UserInvitations.Link;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Optional;

/**
 * A person follows an e-mailed link ({@code /<path>/<workspace>/<token>}) and chooses a password. An unknown,
 * used or expired link shows one message, whichever it was.
 */
abstract class LinkPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient UserInvitations invitations;
    private final Link link;
    private final PasswordField password = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Span error = new Span();
    private String workspace;
    private String token;

    LinkPasswordView(UserInvitations invitations, Link link) {
        this.invitations = invitations;
        this.link = link;
        setId("link-password-view");
        addClassName("intervo-login");
        setPadding(false);
    }

    abstract String titleKey();

    abstract String introKey();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        workspace = event.getRouteParameters().get("workspace").orElse("");
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation(titleKey())));
        Optional<Holder> holder = invitations.holder(link, workspace, token);
        if (holder.isEmpty()) {
            showInvalid();
            return;
        }
        Paragraph intro = new Paragraph(getTranslation(
                introKey(), holder.get().displayName(), workspace, holder.get().username()));
        intro.setId("link-intro");
        password.setId("new-password");
        password.setLabel(getTranslation("users.password.new"));
        password.setHelperText(getTranslation("users.password.rule", UserInvitations.MIN_PASSWORD));
        password.setWidthFull();
        password.setMaxLength(200);
        repeated.setId("repeat-password");
        repeated.setLabel(getTranslation("users.password.repeat"));
        repeated.setWidthFull();
        repeated.setMaxLength(200);
        error.setId("link-error");
        error.addClassName("intervo-error");
        error.setVisible(false);
        Button save = new Button(getTranslation("users.password.save"), e -> save());
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        save.addClickShortcut(Key.ENTER);
        add(intro, password, repeated, error, save);
    }

    private void save() {
        error.setVisible(false);
        password.setInvalid(false);
        repeated.setInvalid(false);
        try {
            Holder holder = invitations.setPassword(link, workspace, token, password.getValue(), repeated.getValue());
            removeAll();
            add(new H1(getTranslation(titleKey())));
            Paragraph done = new Paragraph(getTranslation("users.password.done", workspace, holder.username()));
            done.setId("link-done");
            add(done, signInLink());
        } catch (DomainException e) {
            if ("users.link.invalid".equals(e.messageKey())) {
                removeAll();
                add(new H1(getTranslation(titleKey())));
                showInvalid();
                return;
            }
            PasswordField field = "repeated".equals(e.field()) ? repeated : password;
            field.setErrorMessage(getTranslation(e.messageKey(), e.params()));
            field.setInvalid(true);
            error.setText(getTranslation(e.messageKey(), e.params()));
            error.setVisible(true);
        }
    }

    private void showInvalid() {
        Paragraph invalid = new Paragraph(getTranslation("users.link.invalid"));
        invalid.setId("link-invalid");
        invalid.addClassName("intervo-error");
        add(invalid, signInLink());
    }

    private Anchor signInLink() {
        Anchor anchor = new Anchor("login", getTranslation("users.password.to-sign-in"));
        anchor.setId("to-sign-in");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey());
    }
}
