package com.intervo.tenantadmin.ui;

import com.intervo.kernel.i18n.Formats;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.UserAccount;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.identity.UserInvitations;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.ui.Notifications;
import com.intervo.kernel.zones.Zone;
import com.intervo.kernel.zones.Zones;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

/**
 * The workspace's users: invite by e-mail, change roles and the catalog right, send a password reset link,
 * deactivate (history stays). An admin cannot take away their own admin role or deactivate themselves.
 */
@Route("admin/users")
@Menu(title = "users.menu.title", order = 890, icon = "vaadin:users")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserDirectory users;
    private final transient UserInvitations invitations;
    private final transient Zones zones;
    private final IntervoUser me;
    private final DateTimeFormatter times;
    private final Grid<UserAccount> grid = new ListGrid<>();

    UsersView(UserDirectory users, UserInvitations invitations, WorkspaceClock workspace, Zones zones) {
        this.zones = zones;
        this.users = users;
        this.invitations = invitations;
        this.me = IntervoAuthentication.current().orElseThrow();
        ZoneId zone = workspace.zone(me.tenant());
        this.times = Formats.dateTimes(getLocale(), zone);
        setId("users-view");
        setSizeFull();

        Button invite = new Button(getTranslation("users.invite"), VaadinIcon.ENVELOPE_O.create(), e -> openInvite());
        invite.setId("invite-user");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(UserAccount::getDisplayName)
                .setHeader(getTranslation("users.name"))
                .setFlexGrow(2)
                .setKey("name");
        grid.addColumn(UserAccount::getUsername)
                .setHeader(getTranslation("users.username"))
                .setKey("username");
        grid.addColumn(u -> u.getEmail() == null ? "" : u.getEmail())
                .setHeader(getTranslation("users.email"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::roleBadges)
                .setHeader(getTranslation("users.roles"))
                .setFlexGrow(2);
        grid.addColumn(u -> u.isCatalogEditor() ? getTranslation("users.yes") : "")
                .setHeader(getTranslation("users.catalog-editor"));
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("users.state"));
        grid.addColumn(u -> format(u.getLastLoginAt()))
                .setHeader(getTranslation("users.last-sign-in"))
                .setKey("last-sign-in");
        grid.addComponentColumn(u -> {
                    if (!u.isActive() && u.getLastLoginAt() == null) {
                        Button resend = new Button(getTranslation("users.invite.resend"), e -> resend(u));
                        resend.setId("resend-invitation");
                        resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                        return resend;
                    }
                    Button edit = new Button(getTranslation("users.edit"), e -> openEdit(u));
                    edit.setId("edit-user");
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    edit.setEnabled(u.isActive());
                    return edit;
                })
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new HorizontalLayout(invite), grid, zonesSection());
        refresh();
    }

    private void refresh() {
        grid.setItems(users.list());
    }

    private FlexLayout roleBadges(UserAccount user) {
        FlexLayout badges = new FlexLayout();
        badges.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        badges.getStyle().set("gap", "0.25rem");
        for (Role role : Role.values()) {
            if (user.getRoles().contains(role)) {
                Span badge = new Span(getTranslation(role.nameKey()));
                badge.addClassName("intervo-badge");
                badges.add(badge);
            }
        }
        return badges;
    }

    private Span stateBadge(UserAccount user) {
        String key = user.isActive()
                ? "users.state.active"
                : user.getLastLoginAt() == null ? "users.state.invited" : "users.state.inactive";
        Span badge = new Span(getTranslation(key));
        badge.addClassName("intervo-badge");
        badge.addClassName(user.isActive() ? "success" : "error");
        return badge;
    }

    private String format(Instant instant) {
        return instant == null ? getTranslation("users.never") : times.format(instant);
    }

    private void resend(UserAccount user) {
        try {
            invitations.resendInvitation(user.getId(), getLocale());
            Notifications.success("users.invite.sent", user.getEmail(), user.getUsername());
        } catch (RuntimeException ex) {
            Notifications.show(ex, Map.of());
        }
    }

    private CheckboxGroup<Role> roleChoice(Set<Role> value) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.nameKey()));
        roles.setValue(value);
        return roles;
    }

    private void openInvite() {
        Dialog dialog = new Dialog(getTranslation("users.invite"));
        dialog.setId("invite-dialog");
        EmailField email = new EmailField(getTranslation("users.email"));
        email.setId("invite-email");
        email.setWidthFull();
        TextField name = new TextField(getTranslation("users.name"));
        name.setId("invite-name");
        name.setWidthFull();
        // no role is pre-ticked: the admin decides what the new person may do
        CheckboxGroup<Role> roles = roleChoice(Set.of());
        roles.setRequiredIndicatorVisible(true);
        Checkbox catalog = new Checkbox(getTranslation("users.catalog-editor"));
        catalog.setId("user-catalog-editor");
        Paragraph hint = new Paragraph(getTranslation("users.invite.hint"));
        hint.addClassName("intervo-hint");
        dialog.add(new VerticalLayout(email, name, roles, catalog, hint));
        Button send = new Button(getTranslation("users.invite.send"), e -> {
            try {
                UserAccount created = invitations.invite(
                        email.getValue(), name.getValue(), roles.getValue(), catalog.getValue(), getLocale());
                dialog.close();
                refresh();
                Notifications.success("users.invite.sent", created.getEmail(), created.getUsername());
            } catch (RuntimeException ex) {
                Notifications.show(
                        ex, Map.<String, HasValidation>of("email", email, "displayName", name, "roles", roles));
            }
        });
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void openEdit(UserAccount user) {
        Dialog dialog = new Dialog(user.getDisplayName());
        dialog.setId("edit-user-dialog");
        CheckboxGroup<Role> roles = roleChoice(user.getRoles());
        Checkbox catalog = new Checkbox(getTranslation("users.catalog-editor"), user.isCatalogEditor());
        catalog.setId("user-catalog-editor");
        boolean self = user.getId().equals(me.userId());
        Button reset = new Button(getTranslation("users.reset.send"), VaadinIcon.KEY.create(), e -> {
            try {
                invitations.requestPasswordReset(user.getId(), getLocale());
                Notifications.success("users.reset.sent", user.getEmail());
            } catch (RuntimeException ex) {
                Notifications.show(ex, Map.of());
            }
        });
        reset.setId("reset-password");
        reset.setEnabled(user.getEmail() != null && !user.getEmail().isBlank());
        Button deactivate = new Button(
                getTranslation("users.deactivate"), VaadinIcon.BAN.create(), e -> confirmDeactivate(user, dialog));
        deactivate.setId("deactivate-user");
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        if (self) {
            deactivate.setEnabled(false);
            deactivate.setTooltipText(getTranslation("users.error.own-deactivate"));
        }
        MultiSelectComboBox<Zone> userZones = new MultiSelectComboBox<>(getTranslation("users.zones"));
        userZones.setId("user-zones");
        userZones.setHelperText(getTranslation("users.zones.help"));
        userZones.setItems(zones.all());
        userZones.setItemLabelGenerator(this::zoneLabel);
        userZones.setValue(new java.util.HashSet<>(zones.ofUser(user.getId())));
        userZones.setWidthFull();
        dialog.add(new VerticalLayout(roles, catalog, userZones, new HorizontalLayout(reset, deactivate)));
        Button save = new Button(getTranslation("users.save"), e -> {
            try {
                users.setRoles(user.getId(), roles.getValue(), catalog.getValue());
                zones.assign(
                        user.getId(),
                        userZones.getValue().stream().map(Zone::getId).toList());
                dialog.close();
                refresh();
                Notifications.success("users.saved");
            } catch (IllegalArgumentException ex) {
                roles.setErrorMessage(getTranslation("users.error.role-required"));
                roles.setInvalid(true);
            } catch (RuntimeException ex) {
                Notifications.show(ex, Map.<String, HasValidation>of("roles", roles));
            }
        });
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmDeactivate(UserAccount user, Dialog editor) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-deactivate");
        confirm.setHeader(getTranslation("users.deactivate"));
        confirm.setText(getTranslation("users.deactivate.confirm", user.getDisplayName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("users.cancel"));
        confirm.setConfirmText(getTranslation("users.deactivate"));
        confirm.addConfirmListener(c -> {
            try {
                users.deactivate(user.getId());
                editor.close();
                refresh();
                Notifications.success("users.deactivated", user.getDisplayName());
            } catch (RuntimeException ex) {
                Notifications.show(ex, Map.of());
            }
        });
        confirm.open();
    }

    private String zoneLabel(Zone zone) {
        return zone.getName() + " ("
                + getTranslation("users.zones.kind." + zone.getKind().name().toLowerCase()) + ")";
    }

    /** The workspace's zones: add one, or take one out of use. */
    private VerticalLayout zonesSection() {
        TextField name = new TextField();
        name.setId("zone-name");
        name.setPlaceholder(getTranslation("users.zones.name"));
        name.setMaxLength(100);
        Select<Zone.Kind> kind = new Select<>();
        kind.setId("zone-kind");
        kind.setItems(Zone.Kind.values());
        kind.setItemLabelGenerator(
                k -> getTranslation("users.zones.kind." + k.name().toLowerCase()));
        kind.setValue(Zone.Kind.CITY);
        Div list = new Div();
        list.setId("zones-list");
        Runnable refreshZones = () -> {
            list.removeAll();
            for (Zone zone : zones.all()) {
                Span badge = new Span(zoneLabel(zone));
                badge.addClassName("intervo-badge");
                list.add(badge);
            }
        };
        Button add = new Button(getTranslation("users.zones.add"), VaadinIcon.PLUS.create(), e -> {
            try {
                zones.create(name.getValue(), kind.getValue());
                name.clear();
                name.setInvalid(false);
                refreshZones.run();
            } catch (RuntimeException ex) {
                Notifications.show(ex, Map.<String, HasValidation>of("zoneName", name));
            }
        });
        add.setId("zone-add");
        refreshZones.run();
        HorizontalLayout form = new HorizontalLayout(name, kind, add);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(
                new H3(getTranslation("users.zones.title")),
                new Paragraph(getTranslation("users.zones.intro")),
                form,
                list);
        section.setPadding(false);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.menu.title");
    }
}
