package com.intervo.tenantadmin.operator.ui;

import com.intervo.kernel.identity.OperatorAuthentication;
import com.intervo.kernel.identity.OperatorSignIn;
import com.intervo.kernel.identity.PlatformOperator;
import com.intervo.kernel.tenancy.TenantHosts;
import com.intervo.kernel.ui.OperatorConsole;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The operators' own sign-in, apart from the workspaces': refused on a workspace's host, and a failure says no
 * more than that it failed.
 */
@Route(value = OperatorConsole.LOGIN_ROUTE, autoLayout = false)
@AnonymousAllowed
@OperatorConsole
class OperatorLoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient OperatorSignIn signIn;
    private final transient TenantHosts hosts;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Span error = new Span();

    OperatorLoginView(OperatorSignIn signIn, TenantHosts hosts) {
        this.signIn = signIn;
        this.hosts = hosts;
        setId("operator-login-view");
        addClassName("intervo-login");
        setPadding(false);
        username.setId("operator-username");
        username.setLabel(getTranslation("operator.login.username"));
        username.setWidthFull();
        username.setMaxLength(100);
        password.setId("operator-password");
        password.setLabel(getTranslation("operator.login.password"));
        password.setWidthFull();
        password.setMaxLength(200);
        error.setId("operator-login-error");
        error.addClassName("intervo-error");
        error.setVisible(false);
        Button submit = new Button(getTranslation("operator.login.sign-in"), e -> submit());
        submit.setId("operator-sign-in");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        submit.addClickShortcut(Key.ENTER);
        add(new H1(getTranslation("operator.title")), username, password, error, submit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (onTenantHost()) {
            // the console does not exist on a workspace's host
            event.rerouteToError(NotFoundException.class);
            return;
        }
        clearStoredRedirect();
        if (OperatorAuthentication.current().isPresent()) {
            event.forwardTo(OperatorTenantsView.class);
        }
    }

    void submit() {
        error.setVisible(false);
        if (onTenantHost()) {
            return;
        }
        if (username.getValue().isBlank() || password.getValue().isEmpty()) {
            showError("operator.login.missing");
            return;
        }
        try {
            PlatformOperator operator = signIn.authenticate(username.getValue(), password.getValue());
            completeSignIn(operator);
        } catch (BadCredentialsException e) {
            password.clear();
            showError("operator.login.failed");
        }
    }

    private void showError(String key) {
        error.setText(getTranslation(key));
        error.setVisible(true);
    }

    private void completeSignIn(PlatformOperator operator) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        // a new session id on sign-in: no session fixation
        VaadinService.reinitializeSession(request);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new OperatorAuthentication(operator));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository()
                .saveContext(
                        context,
                        request.getHttpServletRequest(),
                        VaadinServletResponse.getCurrent().getHttpServletResponse());
        UI.getCurrent().getPage().setLocation("/" + OperatorConsole.ROUTE_PREFIX);
    }

    /** Checked on every request that enters or submits: a workspace's host never serves the console. */
    private boolean onTenantHost() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && hosts.fromHost(request.getHeader("Host")).isPresent();
    }

    private static void clearStoredRedirect() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session =
                request == null ? null : request.getHttpServletRequest().getSession(false);
        if (session != null) {
            session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operator.login.title");
    }
}
