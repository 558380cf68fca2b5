package com.intervo.tenantadmin;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.identity.OperatorAuditEntry;
import com.intervo.kernel.identity.OperatorAuditLog;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.ui.NotFoundView;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.WithIntervoUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The two realms in the UI: operators see only the console, workspace users never see it. */
@TenantIntegrationTest
class OperatorViewsIT extends SpringBrowserlessTest {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    OperatorAuditLog audit;

    @Test
    @WithIntervoUser(workspace = "demo", username = "admin")
    void aWorkspaceAdminDoesNotFindTheConsole() {
        navigate("operator", NotFoundView.class);
        navigate("operator/audit", NotFoundView.class);
        navigate("operator/login", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithOperator
    void anOperatorSeesEveryWorkspaceAndTheAuditLog() {
        com.intervo.kernel.tenancy.TenantId created = fixtures.newTenant();
        Component view = navigate("operator", Component.class);
        assertThat(view.getId()).hasValue("operator-tenants-view");
        @SuppressWarnings("unchecked")
        Grid<OperatorConsoleService.TenantOverview> grid =
                find(Grid.class).withId("operator-tenants-grid").single();
        // every workspace: the demo ones and one created just before (a count depends on the other tests)
        assertThat(java.util.stream.IntStream.range(0, test(grid).size())
                        .mapToObj(i -> test(grid).getRow(i).tenant().key()))
                .doesNotHaveDuplicates()
                .contains("demo", "acme", created.key());

        Component audit = navigate("operator/audit", Component.class);
        assertThat(audit.getId()).hasValue("operator-audit-view");
    }

    @Test
    @WithOperator
    void anOperatorDoesNotOpenWorkspaceViews() {
        navigate("", NotFoundView.class);
        navigate("customers", NotFoundView.class);
        navigate("admin/licenses", NotFoundView.class);
        navigate("login", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void anAnonymousVisitorOfTheConsoleIsSentToTheOperatorSignIn() {
        Component view = navigate("operator", Component.class);
        assertThat(view.getId()).hasValue("operator-login-view");
        Component login = navigate("login", Component.class);
        assertThat(login.getId()).hasValue("login-view");
    }

    @Test
    void theOperatorSignInDoesNotExistOnAWorkspaceHost() {
        Component login = navigate("operator/login", Component.class);
        assertThat(login.getId()).hasValue("operator-login-view");
        jakarta.servlet.ServletRequest current = VaadinServletRequest.getCurrent();
        while (current instanceof jakarta.servlet.ServletRequestWrapper wrapper) {
            current = wrapper.getRequest();
        }
        MockRequest request = (MockRequest) current;
        request.getHeaders().put("Host", List.of("demo.localhost:8080"));
        request.getHeaders().put("host", List.of("demo.localhost:8080"));
        navigate("operator/login", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithOperator
    void anOperatorSuspendsAWorkspaceFromTheDialogAndTheAuditLogShowsIt() {
        TenantId tenant = fixtures.newTenant();
        navigate("operator", Component.class);
        @SuppressWarnings("unchecked")
        Grid<OperatorConsoleService.TenantOverview> grid =
                find(Grid.class).withId("operator-tenants-grid").single();
        int row = IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).tenant().equals(tenant))
                .findFirst()
                .orElseThrow();
        test(grid).clickRow(row);
        test(find(Button.class).withId("operator-suspend").single()).click();
        assertThat(tenants.findActive(tenant.key())).isEmpty();
        assertThat(audit.forTenant(tenant.key()))
                .singleElement()
                .satisfies(e -> assertThat(e.getAction()).isEqualTo(OperatorAuditEntry.Action.SUSPEND_TENANT));
    }
}
