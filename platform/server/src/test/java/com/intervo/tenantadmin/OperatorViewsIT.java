package com.intervo.tenantadmin;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.ui.NotFoundView;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.WithIntervoUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

/** The two realms in the UI: operators see only the console, workspace users never see it. */
@TenantIntegrationTest
class OperatorViewsIT extends SpringBrowserlessTest {

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
        Component view = navigate("operator", Component.class);
        assertThat(view.getId()).hasValue("operator-tenants-view");
        @SuppressWarnings("unchecked")
        Grid<OperatorConsoleService.TenantOverview> grid = find(Grid.class).withId("operator-tenants-grid").single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(2);
        assertThat(java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).tenant().key()))
                .contains("demo", "acme");

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
}
