package com.intervo.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.dispatch.ui.DispatchFixtureView;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.WithIntervoUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shell without a browser: menu by role and license, refused views, translations. */
@TenantIntegrationTest
class ShellBrowserlessIT extends SpringBrowserlessTest {

    private List<String> menuLabels() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "admin")
    void adminOfAFullyLicensedWorkspaceSeesEveryGroup() {
        navigate(HomeView.class);
        assertThat(menuLabels()).contains("Home", "Administration", "Licenses", "Dispatch");
        assertThat(find(com.vaadin.flow.component.html.H2.class).single().getText())
                .isEqualTo("Welcome, Andrei Popescu");
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "technician")
    void aTechnicianDoesNotSeeOrOpenTheAdministration() {
        navigate(HomeView.class);
        assertThat(menuLabels()).contains("Home").doesNotContain("Licenses", "Administration");
        navigate("admin/licenses", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithIntervoUser(workspace = "acme", username = "admin")
    void aWorkspaceWithoutDispatchNeitherSeesNorOpensDispatchViews() {
        navigate(HomeView.class);
        assertThat(menuLabels()).contains("Licenses").doesNotContain("Dispatch");
        navigate("fixture/dispatch", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "dispatcher")
    void aLicensedWorkspaceOpensDispatchViews() {
        DispatchFixtureView view = navigate(DispatchFixtureView.class);
        assertThat(view.getId()).hasValue("dispatch-fixture-view");
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "manager")
    void theShellIsTranslated() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        navigate(HomeView.class);
        assertThat(menuLabels()).contains("Главная");
    }
}
