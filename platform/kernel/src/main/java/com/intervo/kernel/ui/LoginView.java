package com.intervo.kernel.ui;

import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.identity.EmailNotConfirmedException;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.OperatorAuthentication;
import com.intervo.kernel.identity.SignInService;
import com.intervo.kernel.identity.UserInvitations;
import com.intervo.kernel.tenancy.TenantHosts;
import com.intervo.kernel.tenancy.TenantId;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Sign-in. The workspace comes from the host ({@code demo.localhost}) or is typed in. Every failure shows the
 * same message, so nobody learns whether the workspace, the user or the password was wrong.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SignInService signIn;
    private final Optional<TenantId> hostTenant;
    private final TextField workspace = new TextField();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Span error = new Span();
    private final Button resend = new Button();
    private final transient UserInvitations invitations;

    public LoginView(
            SignInService signIn, UserInvitations invitations, TenantHosts hosts, ObjectProvider<DemoMode> demoMode) {
        this.invitations = invitations;
        boolean demo = demoMode.getIfAvailable(() -> () -> false).active();
        this.signIn = signIn;
        this.hostTenant =
                Optional.ofNullable(VaadinRequest.getCurrent()).flatMap(r -> hosts.fromHost(r.getHeader("Host")));
        setId("login-view");
        addClassName("intervo-login");
        setPadding(false);

        H1 title = new H1(getTranslation("kernel.app.name"));
        Paragraph subtitle = new Paragraph(getTranslation("kernel.login.subtitle"));
        subtitle.addClassName("intervo-hint");

        workspace.setId("workspace");
        workspace.setLabel(getTranslation("kernel.login.workspace"));
        workspace.setHelperText(getTranslation("kernel.login.workspace-help"));
        workspace.setWidthFull();
        workspace.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.NONE);
        workspace.setMaxLength(31);
        hostTenant.ifPresent(t -> {
            workspace.setValue(t.key());
            workspace.setReadOnly(true);
            workspace.setHelperText("");
        });

        username.setId("username");
        username.setLabel(getTranslation("kernel.login.username"));
        username.setWidthFull();
        username.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.NONE);
        username.setMaxLength(100);
        password.setId("password");
        password.setLabel(getTranslation("kernel.login.password"));
        password.setWidthFull();
        password.setMaxLength(200);

        error.setId("login-error");
        error.addClassName("intervo-error");
        error.setVisible(false);

        resend.setText(getTranslation("kernel.login.resend"));
        resend.setId("login-resend");
        resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        resend.setVisible(false);
        resend.addClickListener(e -> resendConfirmation());

        Button submit = new Button(getTranslation("kernel.login.sign-in"), e -> submit());
        submit.setId("sign-in");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        submit.addClickShortcut(Key.ENTER);

        Select<Locale> language = new Select<>();
        language.setId("login-language");
        language.setLabel(getTranslation("kernel.shell.language"));
        language.setItems(Messages.LOCALES);
        language.setItemLabelGenerator(Messages::nativeName);
        language.setValue(Messages.supported(getLocale()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });

        add(title, subtitle);
        if (hostTenant.isEmpty()) {
            add(workspace);
        } else {
            add(new Paragraph(getTranslation(
                    "kernel.login.workspace-from-host", hostTenant.get().key())));
        }
        add(username, password, error, resend, submit);
        if (hostTenant.isEmpty()) {
            com.vaadin.flow.component.html.Anchor signup =
                    new com.vaadin.flow.component.html.Anchor("signup", getTranslation("signup.login-link"));
            signup.setId("to-signup");
            add(signup);
        }
        if (demo) {
            Paragraph hint = new Paragraph(
                    getTranslation("kernel.login.demo-hint-modules", getTranslation("kernel.module.workshop_simple")));
            hint.setId("demo-hint");
            hint.addClassName("intervo-hint");
            add(hint);
        }
        add(language);
    }

    private void submit() {
        error.setVisible(false);
        String ws = hostTenant.map(TenantId::key).orElse(workspace.getValue());
        if (ws.isBlank() || username.getValue().isBlank() || password.getValue().isEmpty()) {
            showError("kernel.login.missing");
            return;
        }
        resend.setVisible(false);
        try {
            IntervoUser user = signIn.authenticate(ws, username.getValue(), password.getValue());
            completeSignIn(user);
        } catch (EmailNotConfirmedException e) {
            showError("kernel.login.email-unconfirmed");
            resend.setVisible(true);
            resend.setEnabled(true);
        } catch (BadCredentialsException e) {
            password.clear();
            showError("kernel.login.failed");
        }
    }

    /** A new link for the admin who signed in before confirming the address; asks the password once more. */
    private void resendConfirmation() {
        String ws = hostTenant.map(TenantId::key).orElse(workspace.getValue());
        try {
            invitations.resendEmailVerification(ws, username.getValue(), password.getValue());
            error.setText(getTranslation("kernel.login.resent"));
            resend.setEnabled(false);
        } catch (RuntimeException e) {
            password.clear();
            resend.setVisible(false);
            showError("kernel.login.failed");
        }
    }

    private void showError(String key) {
        error.setText(getTranslation(key));
        error.setVisible(true);
    }

    private void completeSignIn(IntervoUser user) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession oldSession = request.getHttpServletRequest().getSession(false);
        Object target =
                oldSession == null ? null : oldSession.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        // a new session id on sign-in: no session fixation
        VaadinService.reinitializeSession(request);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new IntervoAuthentication(user));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository()
                .saveContext(
                        context,
                        request.getHttpServletRequest(),
                        VaadinServletResponse.getCurrent().getHttpServletResponse());
        if (user.locale() != null) {
            VaadinSession.getCurrent().setLocale(Locale.forLanguageTag(user.locale()));
        }
        // only a path inside this application, never another host
        String path = target instanceof String s && !s.contains(":") && !s.contains("\\")
                ? "/" + s.replaceFirst("^/+", "")
                : "/";
        UI.getCurrent().getPage().setLocation(path);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (IntervoAuthentication.current().isPresent()) {
            event.forwardTo(HomeView.class);
        } else if (OperatorAuthentication.current().isPresent()) {
            // an operator's session is not a workspace's: the workspace sign-in is not there for it
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        } else if (operatorConsoleRequested()) {
            // an anonymous visitor of the operator console signs in there, not in a workspace
            event.forwardTo(OperatorConsole.LOGIN_ROUTE);
        }
    }

    private static boolean operatorConsoleRequested() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session =
                request == null ? null : request.getHttpServletRequest().getSession(false);
        Object target = session == null ? null : session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        if (!(target instanceof String path)) {
            return false;
        }
        String route = path.replaceFirst("^/+", "").replaceFirst("[?#].*$", "");
        return route.equals(OperatorConsole.ROUTE_PREFIX) || route.startsWith(OperatorConsole.ROUTE_PREFIX + "/");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kernel.login.title");
    }
}
