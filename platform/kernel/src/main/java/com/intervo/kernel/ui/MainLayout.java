package com.intervo.kernel.ui;

import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.notifications.InAppNotification;
import com.intervo.kernel.notifications.NotificationBroadcaster;
import com.intervo.kernel.notifications.Notifier;
import com.intervo.kernel.search.GlobalSearch;
import com.intervo.kernel.search.SearchHit;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The application shell: side menu by module, user menu with language and sign-out; a drawer on phones. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient MenuModel menu;
    private final transient UserDirectory users;
    private final transient AuthenticationContext authentication;
    private final H1 viewTitle = new H1();
    private final transient WorkspaceClock workspaceClock;

    private final transient Notifier notifier;
    private final transient NotificationBroadcaster broadcaster;
    private final Span badge = new Span();
    private Runnable unregister;

    public MainLayout(
            MenuModel menu,
            UserDirectory users,
            TenantDirectory tenants,
            WorkspaceClock workspaceClock,
            AuthenticationContext authentication,
            GlobalSearch search,
            Notifier notifier,
            NotificationBroadcaster broadcaster,
            com.intervo.kernel.tenancy.TenantAccess access) {
        this.notifier = notifier;
        this.broadcaster = broadcaster;
        this.menu = menu;
        this.users = users;
        this.workspaceClock = workspaceClock;
        this.authentication = authentication;
        java.util.Optional<IntervoUser> signedIn = IntervoAuthentication.current();
        if (signedIn.isEmpty()) {
            // the "not found" page of an operator or an anonymous visitor: no workspace, so no workspace shell
            viewTitle.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Horizontal.MEDIUM);
            addToNavbar(viewTitle);
            return;
        }
        IntervoUser user = signedIn.get();
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("kernel.shell.toggle-menu"));
        viewTitle.addClassNames(
                LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE, LumoUtility.Flex.GROW, "intervo-view-title");
        HorizontalLayout navbar = new HorizontalLayout(toggle, viewTitle, searchBox(search), bell(), userMenu(user));
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.addClassNames(LumoUtility.Padding.End.MEDIUM, "intervo-navbar");
        if (access.isReadOnly(user.tenant())) {
            Div column = new Div(navbar, readOnlyBanner(user));
            column.setWidthFull();
            addToNavbar(column);
        } else {
            addToNavbar(navbar);
        }

        Span appName = new Span(getTranslation("kernel.app.name"));
        appName.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
        Span workspace = new Span(tenants.findActive(user.tenant().key())
                .map(t -> t.getDisplayName())
                .orElse(user.tenant().key()));
        workspace.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div header = new Div(appName, workspace);
        header.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.MEDIUM);
        addToDrawer(header, menuScroller, drawerAccount(user));
        menuScroller.setContent(sideNav());
        menuShown = menu.groups();
    }

    /** Language and sign-out in the drawer as well: on a phone the drawer is where people look for them. */
    private Div drawerAccount(IntervoUser user) {
        Span name = new Span(user.displayName());
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        com.vaadin.flow.component.select.Select<Locale> language = new com.vaadin.flow.component.select.Select<>();
        language.setId("drawer-language");
        language.setLabel(getTranslation("kernel.shell.language"));
        language.setItems(Messages.LOCALES);
        language.setItemLabelGenerator(Messages::nativeName);
        Messages.LOCALES.stream()
                .filter(l -> l.getLanguage().equals(getLocale().getLanguage()))
                .findFirst()
                .ifPresent(language::setValue);
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                switchLanguage(user, e.getValue());
            }
        });
        language.setWidthFull();
        Button signOut = new Button(
                getTranslation("kernel.shell.sign-out"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.setId("drawer-sign-out");
        signOut.setWidthFull();
        Div account = new Div(name, language, signOut);
        account.setId("drawer-account");
        account.addClassName("intervo-drawer-account");
        return account;
    }

    private final Scroller menuScroller = new Scroller();
    private transient List<MenuModel.Group> menuShown = List.of();

    /**
     * Rebuilds the side menu of the current page when what it would show changed (a module switched on or off,
     * a role changed), so a newly licensed module appears without reloading the page.
     */
    public static void refreshMenu() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new MenuChanged(ui));
        }
    }

    /** Asks the shell of a page to show the menu as it is now. */
    static final class MenuChanged extends com.vaadin.flow.component.ComponentEvent<UI> {
        MenuChanged(UI ui) {
            super(ui, false);
        }
    }

    private com.vaadin.flow.shared.Registration menuListener;

    private void updateMenu() {
        if (IntervoAuthentication.current().isEmpty()) {
            return;
        }
        List<MenuModel.Group> groups = menu.groups();
        if (!labels(groups).equals(labels(menuShown))) {
            menuScroller.setContent(sideNav());
            menuShown = groups;
        }
    }

    private static List<String> labels(List<MenuModel.Group> groups) {
        return groups.stream()
                .flatMap(g -> g.entries().stream().map(MenuEntry::path))
                .toList();
    }

    /** The workspace is read-only until the overdue invoice is paid; admins get the way to pay. */
    private Div readOnlyBanner(IntervoUser user) {
        Div banner = new Div();
        banner.setId("read-only-banner");
        banner.addClassName("intervo-read-only-banner");
        banner.add(new Span(getTranslation("kernel.read-only.banner")));
        if (user.has(com.intervo.kernel.identity.Role.ADMIN)) {
            banner.add(new com.vaadin.flow.component.html.Anchor(
                    "admin/licenses", getTranslation("kernel.read-only.pay")));
        }
        return banner;
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.setId("side-menu");
        nav.addClassNames(LumoUtility.Margin.Horizontal.SMALL);
        for (MenuModel.Group group : menu.groups()) {
            if (group.labelKey() == null) {
                group.entries().forEach(e -> nav.addItem(item(e)));
            } else {
                SideNavItem parent = new WrappingNavItem(getTranslation(group.labelKey()));
                parent.setExpanded(true);
                group.entries().forEach(e -> parent.addItem(item(e)));
                nav.addItem(parent);
            }
        }
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new WrappingNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
            item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
        }
        return item;
    }

    /**
     * A menu item whose label wraps onto a second line instead of being cut ("Customers and equ…"): the side nav
     * item keeps a bare label on one line in its shadow DOM, a label in an element of its own can be styled.
     */
    static final class WrappingNavItem extends SideNavItem {

        WrappingNavItem(String label) {
            super(label);
        }

        WrappingNavItem(String label, String path) {
            super(label, path);
        }

        @Override
        public void setLabel(String label) {
            labelElement().setText(label == null ? "" : label);
        }

        @Override
        public String getLabel() {
            return labelElement().getText();
        }

        private com.vaadin.flow.dom.Element labelElement() {
            return getElement()
                    .getChildren()
                    .filter(c -> c.getClassList().contains("intervo-nav-label"))
                    .findFirst()
                    .orElseGet(() -> {
                        com.vaadin.flow.dom.Element span = new com.vaadin.flow.dom.Element("span");
                        span.getClassList().add("intervo-nav-label");
                        getElement().appendChild(span);
                        return span;
                    });
        }
    }

    /** Customers by name, phone or e-mail and equipment by serial number, from anywhere in the shell. */
    private ComboBox<SearchHit> searchBox(GlobalSearch search) {
        ComboBox<SearchHit> box = new ComboBox<>();
        box.setId("global-search");
        box.setPlaceholder(getTranslation("kernel.search.placeholder"));
        box.setAriaLabel(getTranslation("kernel.search.placeholder"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setWidth("min(22rem, 45vw)");
        box.setItemLabelGenerator(SearchHit::title);
        box.setRenderer(new ComponentRenderer<>(hit -> {
            Span title = new Span(hit.title());
            title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            Span kind = new Span(getTranslation(hit.kindKey()));
            kind.addClassName("intervo-badge");
            Span subtitle = new Span(hit.subtitle());
            subtitle.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            Div row = new Div(new Div(kind, title), subtitle);
            row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
            return row;
        }));
        box.setItems(query -> search.search(query.getFilter().orElse(""), 8).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
        box.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                String route = e.getValue().route();
                box.clear();
                UI.getCurrent().navigate(route);
            }
        });
        return box;
    }

    /** The alerts of the signed-in user: a bell with the unread count, a list to open them. */
    private Button bell() {
        Button bell = new Button(VaadinIcon.BELL.create(), e -> openNotifications());
        bell.setId("notifications-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        bell.setAriaLabel(getTranslation("kernel.notifications.title"));
        badge.setId("notifications-badge");
        badge.addClassName("intervo-bell-badge");
        bell.setSuffixComponent(badge);
        showUnread(notifier.myUnread());
        return bell;
    }

    private void showUnread(long unread) {
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        badge.getElement().setAttribute("data-count", String.valueOf(unread));
    }

    private void openNotifications() {
        Dialog dialog = new Dialog();
        dialog.setId("notifications-dialog");
        dialog.setHeaderTitle(getTranslation("kernel.notifications.title"));
        dialog.setWidth("min(32rem, 95vw)");
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("notifications-list");
        IntervoUser user = IntervoAuthentication.current().orElseThrow();
        ZoneId zone = user.tenant() == null ? ZoneId.of("UTC") : workspaceClock.zone(user.tenant());
        DateTimeFormatter times = com.intervo.kernel.i18n.Formats.dateTimes(getLocale(), zone);
        List<InAppNotification> items = notifier.mine(50);
        if (items.isEmpty()) {
            list.add(new Span(getTranslation("kernel.notifications.empty")));
        }
        for (InAppNotification n : items) {
            Span text = new Span(getTranslation(n.messageKey(), n.params().toArray()));
            if (n.unread()) {
                text.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            }
            Span when = new Span(times.format(n.createdAt()));
            when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            Div row = new Div(text, new Div(when));
            row.addClassName("intervo-notification");
            row.getElement().setAttribute("data-unread", String.valueOf(n.unread()));
            row.addClickListener(click -> {
                notifier.markRead(n.id());
                showUnread(notifier.myUnread());
                dialog.close();
                if (n.route() != null) {
                    UI.getCurrent().navigate(n.route());
                }
            });
            list.add(row);
        }
        Button all = new Button(getTranslation("kernel.notifications.mark-all-read"), e -> {
            notifier.markAllRead();
            showUnread(0);
            dialog.close();
        });
        all.setId("notifications-mark-all");
        Button close = new Button(getTranslation("kernel.notifications.close"), e -> dialog.close());
        dialog.add(list);
        dialog.getFooter().add(all, close);
        dialog.open();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        menuListener = com.vaadin.flow.component.ComponentUtil.addListener(
                attachEvent.getUI(), MenuChanged.class, e -> updateMenu());
        IntervoAuthentication.current().ifPresent(user -> {
            UI ui = attachEvent.getUI();
            unregister =
                    broadcaster.register(user.tenant(), user.userId(), unread -> ui.access(() -> showUnread(unread)));
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (menuListener != null) {
            menuListener.remove();
            menuListener = null;
        }
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
        super.onDetach(detachEvent);
    }

    private MenuBar userMenu(IntervoUser user) {
        MenuBar bar = new MenuBar();
        bar.setId("user-menu");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Span name = new Span(user.displayName());
        name.addClassNames(LumoUtility.Display.HIDDEN, LumoUtility.Display.Breakpoint.Small.INLINE);
        HorizontalLayout trigger = new HorizontalLayout(avatar, name);
        trigger.setAlignItems(FlexComponent.Alignment.CENTER);
        trigger.setSpacing(true);
        MenuItem root = bar.addItem(trigger);
        root.setAriaLabel(getTranslation("kernel.shell.user-menu"));
        SubMenu sub = root.getSubMenu();
        MenuItem language = sub.addItem(getTranslation("kernel.shell.language"));
        language.setId("language-menu");
        for (Locale locale : Messages.LOCALES) {
            MenuItem item =
                    language.getSubMenu().addItem(Messages.nativeName(locale), e -> switchLanguage(user, locale));
            item.setId("language-" + locale.getLanguage());
            item.setCheckable(true);
            item.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        sub.addItem(getTranslation("kernel.shell.sign-out"), e -> authentication.logout())
                .setId("sign-out");
        return bar;
    }

    private void switchLanguage(IntervoUser user, Locale locale) {
        users.setLanguage(user.userId(), locale.getLanguage());
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        updateMenu();
        viewTitle.setText(event.getActiveChain().stream()
                .findFirst()
                .filter(HasDynamicTitle.class::isInstance)
                .map(v -> ((HasDynamicTitle) v).getPageTitle())
                .orElse(""));
    }
}
