package com.intervo.tenantadmin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.UserAccount;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.ui.NotFoundView;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.WithIntervoUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The users screen without a browser: only admins open it; it lists the workspace's users. */
@TenantIntegrationTest
class UsersViewIT extends SpringBrowserlessTest {

    @Autowired
    UserDirectory users;

    @Autowired
    com.intervo.testsupport.TenantFixtures fixtures;

    @Test
    @WithIntervoUser(workspace = "demo", username = "technician")
    void aTechnicianCannotOpenTheUsersScreen() {
        navigate("admin/users", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(SideNavItem.class).all())
                .extracting(SideNavItem::getLabel)
                .doesNotContain("Users");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminSeesTheWorkspaceUsers() {
        fixtures.signIn(fixtures.newTenant(), "admin");
        try {
            navigate(UsersView.class);
            Grid<UserAccount> grid = find(Grid.class).id("users-grid");
            var tester = test(grid);
            java.util.List<String> usernames = new java.util.ArrayList<>();
            for (int i = 0; i < tester.size(); i++) {
                usernames.add(tester.getRow(i).getUsername());
            }
            assertThat(usernames).containsExactlyInAnyOrder("admin", "dispatcher", "technician", "manager");
            assertThat(find(SideNavItem.class).all())
                    .extracting(SideNavItem::getLabel)
                    .contains("Users");
        } finally {
            fixtures.signOut();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminCannotDemoteOrDeactivateThemselfOnTheScreen() {
        // a workspace of its own: were the rule broken, the admin would lose the role
        TenantId tenant = fixtures.newTenant();
        fixtures.signIn(tenant, "admin");
        navigate(UsersView.class);
        Grid<UserAccount> grid = find(Grid.class).id("users-grid");
        var tester = test(grid);
        int row = -1;
        for (int i = 0; i < tester.size(); i++) {
            if (tester.getRow(i).getUsername().equals("admin")) {
                row = i;
            }
        }
        test((Button) tester.getCellComponent(row, 7)).click();
        assertThat(find(Button.class).id("deactivate-user").isEnabled()).isFalse();
        CheckboxGroup<Role> roles = find(CheckboxGroup.class).id("user-roles");
        roles.setValue(Set.of(Role.DISPATCHER));
        test(find(Button.class).id("save-user")).click();
        assertThat(find(Notification.class).all())
                .extracting(n -> test(n).getText())
                .contains("You cannot remove your own administrator role.");
        assertThat(TenantContext.callAs(tenant, () -> users.findByUsername("admin"))
                        .orElseThrow()
                        .getRoles())
                .contains(Role.ADMIN);
        fixtures.signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theInviteDialogTicksNoRoleAndAsksForOne() {
        TenantId tenant = fixtures.newTenant();
        fixtures.signIn(tenant, "admin");
        try {
            navigate(UsersView.class);
            test(find(Button.class).id("invite-user")).click();
            CheckboxGroup<Role> roles = find(CheckboxGroup.class).id("user-roles");
            assertThat(roles.getValue()).isEmpty();
            assertThat(roles.isRequiredIndicatorVisible()).isTrue();
            test(find(com.vaadin.flow.component.textfield.EmailField.class).id("invite-email"))
                    .setValue("new.person@" + tenant.key() + ".example");
            test(find(com.vaadin.flow.component.textfield.TextField.class).id("invite-name"))
                    .setValue("New Person");
            test(find(Button.class).id("invite-send")).click();
            // nothing chosen: nothing sent, the roles say why
            assertThat(roles.isInvalid()).isTrue();
            assertThat(TenantContext.callAs(tenant, () -> users.findByUsername("new.person")))
                    .isEmpty();
            roles.setValue(Set.of(Role.DISPATCHER));
            test(find(Button.class).id("invite-send")).click();
            assertThat(TenantContext.callAs(tenant, () -> users.list()).stream()
                            .filter(u -> "New Person".equals(u.getDisplayName()))
                            .findFirst()
                            .orElseThrow()
                            .getRoles())
                    .containsExactly(Role.DISPATCHER);
        } finally {
            fixtures.signOut();
        }
    }

    @Test
    void aWrongInvitationLinkShowsOneMessage() {
        navigate("invitation/demo/not-a-real-token-at-all-xxxxxxxx", VerticalLayout.class);
        // the public view answers, whichever part of the link is wrong
        assertThat(find(Paragraph.class).withId("link-invalid").exists()).isTrue();
    }
}
