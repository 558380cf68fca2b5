package com.intervo.tenantadmin.ui;

import com.intervo.kernel.i18n.Formats;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.Licenses.ModuleLicense;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.ui.Notifications;
import com.intervo.tenantadmin.billing.BillingAccount;
import com.intervo.tenantadmin.billing.PaymentProviderException;
import com.intervo.tenantadmin.billing.Plan;
import com.intervo.tenantadmin.billing.PriceList;
import com.intervo.tenantadmin.billing.PriceList.ModuleOffer;
import com.intervo.tenantadmin.billing.Subscriptions;
import com.intervo.tenantadmin.billing.Subscriptions.OrderResult;
import com.intervo.tenantadmin.billing.Subscriptions.Overview;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Licenses and billing for the workspace's admin: the plan and modules to buy (a module's requirements come
 * along), the price, paying through Stripe (or the free mode without it), invoices and the next payment,
 * and which modules the workspace may use now. Licenses change only once Stripe confirms; while it has not,
 * the page waits and refreshes itself.
 */
@Route("admin/licenses")
@Menu(title = "tenantadmin.licenses.title", order = 900, icon = "vaadin:key")
@RolesAllowed("ADMIN")
class LicensesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final int POLL_MS = 2000;

    private final transient Licenses licenses;
    private final transient Subscriptions billing;
    private final transient PriceList prices;
    private final IntervoUser user;
    private final DateTimeFormatter dates;

    private final Div status = new Div();
    private final RadioButtonGroup<Plan> plan = new RadioButtonGroup<>();
    private final Map<ModuleKey, Checkbox> moduleBoxes = new EnumMap<>(ModuleKey.class);
    private final Span total = new Span();
    private final Button order = new Button();
    private final Button portal = new Button();
    private final Div waiting = new Div();
    private final Grid<ModuleLicense> grid = new ListGrid<>();
    private final Grid<com.intervo.tenantadmin.billing.BillingInvoice> invoices = new ListGrid<>();
    private final H3 invoicesTitle = new H3();
    private boolean awaiting;
    private Overview overview;
    private com.vaadin.flow.shared.Registration polling;

    LicensesView(Licenses licenses, Subscriptions billing, PriceList prices, WorkspaceClock workspace) {
        this.licenses = licenses;
        this.billing = billing;
        this.prices = prices;
        setId("licenses-view");
        setWidthFull();
        user = IntervoAuthentication.current().orElseThrow();
        ZoneId zone = workspace.zone(user.tenant());
        dates = Formats.dates(getLocale()).withZone(zone);

        status.setId("billing-status");
        status.addClassNames(
                LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Background.CONTRAST_5,
                LumoUtility.Width.FULL,
                LumoUtility.BoxSizing.BORDER);

        plan.setId("billing-plan");
        plan.setLabel(getTranslation("billing.plan"));
        plan.setItems(prices.plans().stream().map(PriceList.PlanOffer::plan).toList());
        plan.setItemLabelGenerator(this::planLabel);
        plan.addValueChangeListener(e -> updateTotal());

        FlexLayout modules = new FlexLayout();
        modules.setId("billing-modules");
        modules.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        modules.addClassNames(LumoUtility.Gap.MEDIUM);
        for (ModuleOffer offer : prices.modules()) {
            Checkbox box = new Checkbox(moduleLabel(offer));
            box.setId("billing-module-" + offer.module().name().toLowerCase());
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    applyRequirements();
                }
            });
            moduleBoxes.put(offer.module(), box);
            modules.add(box);
        }

        total.setId("billing-total");
        total.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        order.setId("billing-order");
        order.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        order.addClickListener(e -> confirmOrder());
        portal.setId("billing-portal");
        portal.setText(getTranslation("billing.portal"));
        portal.addClickListener(e -> openPortal());
        HorizontalLayout actions = new HorizontalLayout(order, portal);
        actions.setWrap(true);

        waiting.setId("billing-waiting");
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        waiting.add(new Span(getTranslation("billing.waiting")), progress);
        waiting.setVisible(false);

        grid.setId("licenses-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(l -> getTranslation(l.module().nameKey()))
                .setHeader(getTranslation("tenantadmin.licenses.module"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::state)
                .setHeader(getTranslation("tenantadmin.licenses.state"))
                .setFlexGrow(2);
        grid.addColumn(l -> format(l.validFrom())).setHeader(getTranslation("tenantadmin.licenses.from"));
        grid.addColumn(l -> l.validFrom() == null
                        ? ""
                        : l.validUntil() == null
                                ? getTranslation("tenantadmin.licenses.open-ended")
                                : format(l.validUntil()))
                .setHeader(getTranslation("tenantadmin.licenses.until"));
        grid.addColumn(l -> l.source() == null
                        ? ""
                        : getTranslation("tenantadmin.licenses.source."
                                + l.source().name().toLowerCase()))
                .setHeader(getTranslation("tenantadmin.licenses.source"));
        grid.setAllRowsVisible(true);

        invoicesTitle.setText(getTranslation("billing.invoices"));
        invoices.setId("billing-invoices");
        invoices.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        invoices.addColumn(i -> i.number() == null ? i.id() : i.number())
                .setHeader(getTranslation("billing.invoice.number"));
        invoices.addColumn(i -> format(i.created())).setHeader(getTranslation("billing.invoice.date"));
        invoices.addColumn(i -> money(i.total(), i.currency())).setHeader(getTranslation("billing.invoice.total"));
        invoices.addColumn(i -> i.status() == null ? "" : getTranslation("billing.invoice.status." + i.status()))
                .setHeader(getTranslation("billing.invoice.status"));
        invoices.addComponentColumn(i -> {
            String url = i.pdfUrl() != null ? i.pdfUrl() : i.hostedUrl();
            if (url == null) {
                return new Span();
            }
            Anchor link = new Anchor(url, getTranslation("billing.invoice.open"));
            link.setTarget(AnchorTarget.BLANK);
            return link;
        });
        invoices.setAllRowsVisible(true);

        add(
                status,
                waiting,
                new H3(getTranslation("billing.choose")),
                plan,
                modules,
                total,
                actions,
                new H3(getTranslation("billing.licenses")),
                grid,
                invoicesTitle,
                invoices);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> checkout =
                event.getLocation().getQueryParameters().getParameters().get("checkout");
        if (checkout != null && checkout.contains("success")) {
            awaiting = true;
        } else if (checkout != null && checkout.contains("canceled")) {
            Notifications.error("billing.checkout-canceled");
        }
        refresh(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MS);
        polling = event.getUI().addPollListener(e -> {
            if (awaiting || (overview != null && overview.changePending())) {
                refresh(false);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    /** Re-reads billing and licenses; {@code selection} also resets the choice to what is bought now. */
    private void refresh(boolean selection) {
        Overview before = overview;
        overview = billing.overview();
        if (awaiting
                && overview.status()
                        .filter(s -> s != BillingAccount.Status.TRIAL && s != BillingAccount.Status.PENDING)
                        .isPresent()
                && overview.hasSubscription()) {
            awaiting = false;
            Notifications.success("billing.confirmed");
            com.intervo.kernel.ui.MainLayout.refreshMenu();
        } else if (before != null && before.changePending() && !overview.changePending()) {
            Notifications.success("billing.confirmed");
            com.intervo.kernel.ui.MainLayout.refreshMenu();
        }
        if (selection || before == null || !before.ordered().equals(overview.ordered())) {
            plan.setValue(overview.plan() != null ? overview.plan() : defaultPlan());
            Set<ModuleKey> chosen = overview.ordered().isEmpty() ? activeModules() : overview.ordered();
            moduleBoxes.forEach((key, box) -> box.setValue(chosen.contains(key)));
            applyRequirements();
        }
        status.removeAll();
        status.add(statusLines());
        waiting.setVisible(awaiting || overview.changePending());
        order.setText(getTranslation(
                overview.mode() == Subscriptions.Mode.FREE
                        ? "billing.apply-free"
                        : overview.hasSubscription() ? "billing.apply-change" : "billing.checkout"));
        portal.setVisible(overview.canManagePayment());
        grid.setItems(licenses.licenses(user.tenant()));
        boolean stripe = overview.mode() == Subscriptions.Mode.STRIPE;
        invoicesTitle.setVisible(stripe);
        invoices.setVisible(stripe);
        if (stripe) {
            try {
                invoices.setItems(billing.invoices());
            } catch (PaymentProviderException e) {
                invoices.setItems(List.of());
            }
        }
        updateTotal();
    }

    private Plan defaultPlan() {
        return prices.plans().stream()
                .map(PriceList.PlanOffer::plan)
                .filter(p -> prices.plans().stream()
                        .filter(o -> o.plan() == p)
                        .findFirst()
                        .map(o -> o.maxUsers() == null || o.maxUsers() >= overview.seats())
                        .orElse(false))
                .findFirst()
                .orElse(null);
    }

    private Set<ModuleKey> activeModules() {
        Set<ModuleKey> active = EnumSet.noneOf(ModuleKey.class);
        licenses.licenses(user.tenant()).stream()
                .filter(l -> l.state() == ModuleLicense.State.ACTIVE)
                .forEach(l -> active.add(l.module()));
        return active;
    }

    private List<com.vaadin.flow.component.Component> statusLines() {
        Span headline = new Span(statusText());
        headline.setId("billing-status-text");
        headline.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Display.BLOCK);
        Span users = new Span(
                overview.maxSeats() == null
                        ? getTranslation("billing.users", overview.seats())
                        : getTranslation("billing.users-of", overview.seats(), overview.maxSeats()));
        users.setId("billing-users");
        users.addClassName(LumoUtility.Display.BLOCK);
        List<com.vaadin.flow.component.Component> lines = new java.util.ArrayList<>(List.of(headline, users));
        if (overview.nextPaymentAt() != null && overview.nextPaymentAmount() != null) {
            Span next = new Span(getTranslation(
                    "billing.next-payment",
                    money(overview.nextPaymentAmount(), overview.currency()),
                    format(overview.nextPaymentAt())));
            next.setId("billing-next-payment");
            next.addClassName(LumoUtility.Display.BLOCK);
            lines.add(next);
        }
        return lines;
    }

    private String statusText() {
        if (overview.status().isEmpty()) {
            return getTranslation("billing.status.none");
        }
        BillingAccount.Status s = overview.status().get();
        String base = getTranslation("billing.status." + s.name().toLowerCase());
        if (s == BillingAccount.Status.PAST_DUE && overview.graceUntil() != null) {
            return base + " — " + getTranslation("billing.grace-until", format(overview.graceUntil()));
        }
        if (overview.plan() != null) {
            return base + " — " + getTranslation(overview.plan().nameKey());
        }
        return base;
    }

    /** Requirements are checked and locked: Workshop Plus brings Workshop Simple, Purchasing brings Stock. */
    private void applyRequirements() {
        Set<ModuleKey> chosen = EnumSet.noneOf(ModuleKey.class);
        moduleBoxes.forEach((key, box) -> {
            if (box.getValue() && box.isEnabled()) {
                chosen.add(key);
            }
        });
        Set<ModuleKey> all = prices.withRequirements(chosen);
        Set<ModuleKey> billable = prices.billable(chosen);
        moduleBoxes.forEach((key, box) -> {
            boolean included = all.contains(key) && !billable.contains(key);
            box.setValue(all.contains(key));
            box.setEnabled(!included);
            box.setHelperText(included ? getTranslation("billing.included") : null);
        });
        updateTotal();
    }

    private Set<ModuleKey> chosenModules() {
        Set<ModuleKey> chosen = EnumSet.noneOf(ModuleKey.class);
        moduleBoxes.forEach((key, box) -> {
            if (box.getValue()) {
                chosen.add(key);
            }
        });
        return chosen;
    }

    private void updateTotal() {
        if (overview == null) {
            return;
        }
        BigDecimal sum = prices.monthlyTotal(plan.getValue(), chosenModules(), overview.seats());
        total.setText(getTranslation("billing.total", money(sum, prices.currency()), overview.seats()));
    }

    /**
     * Says what the order changes before anything changes: the plan and how many users it allows, the modules
     * switched on and off, and the monthly cost before and after.
     */
    private void confirmOrder() {
        if (plan.getValue() == null) {
            placeOrder();
            return;
        }
        Set<ModuleKey> chosen = chosenModules();
        Set<ModuleKey> before = overview.ordered().isEmpty() ? activeModules() : overview.ordered();
        boolean trial =
                overview.status().filter(s -> s == BillingAccount.Status.TRIAL).isPresent();
        String planBefore = overview.plan() != null
                ? getTranslation(overview.plan().nameKey())
                : getTranslation(trial ? "billing.status.trial" : "billing.confirm.no-plan");
        PriceList.PlanOffer offer = prices.plans().stream()
                .filter(o -> o.plan() == plan.getValue())
                .findFirst()
                .orElseThrow();
        Div body = new Div();
        body.setId("billing-confirm-text");
        body.add(line(
                "billing.confirm.plan",
                planBefore,
                getTranslation(plan.getValue().nameKey())));
        body.add(line("billing.confirm.users", users(overview.maxSeats()), users(offer.maxUsers())));
        if (offer.maxUsers() != null && (overview.maxSeats() == null || offer.maxUsers() < overview.maxSeats())) {
            body.add(line("billing.confirm.fewer-users", offer.maxUsers(), overview.seats()));
        }
        Set<ModuleKey> added = EnumSet.noneOf(ModuleKey.class);
        added.addAll(chosen);
        added.removeAll(before);
        Set<ModuleKey> removed = EnumSet.noneOf(ModuleKey.class);
        removed.addAll(before);
        removed.removeAll(chosen);
        if (!added.isEmpty()) {
            body.add(line("billing.confirm.added", names(added)));
        }
        if (!removed.isEmpty()) {
            body.add(line("billing.confirm.removed", names(removed)));
        }
        BigDecimal after = prices.monthlyTotal(plan.getValue(), chosen, overview.seats());
        if (overview.plan() != null && !before.isEmpty()) {
            BigDecimal now = prices.monthlyTotal(overview.plan(), before, overview.seats());
            body.add(line(
                    "billing.confirm.cost-change", money(now, prices.currency()), money(after, prices.currency())));
        } else {
            body.add(line("billing.confirm.cost", money(after, prices.currency())));
        }
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog =
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        dialog.setId("billing-confirm");
        dialog.setHeader(getTranslation("billing.confirm.title"));
        dialog.setText(body);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("billing.confirm.cancel"));
        dialog.setConfirmText(order.getText());
        dialog.addConfirmListener(e -> placeOrder());
        dialog.open();
    }

    private com.vaadin.flow.component.html.Paragraph line(String key, Object... args) {
        com.vaadin.flow.component.html.Paragraph p =
                new com.vaadin.flow.component.html.Paragraph(getTranslation(key, args));
        p.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");
        return p;
    }

    private String users(Integer max) {
        return max == null ? getTranslation("billing.plan.unlimited") : getTranslation("billing.plan.max-users", max);
    }

    private String names(Set<ModuleKey> modules) {
        return modules.stream()
                .map(m -> getTranslation(m.nameKey()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private void placeOrder() {
        plan.setInvalid(false);
        try {
            OrderResult result = billing.order(plan.getValue(), chosenModules(), returnUrl());
            switch (result) {
                case OrderResult.Redirect redirect -> UI.getCurrent().getPage().setLocation(redirect.url());
                case OrderResult.AwaitingConfirmation ignored -> {
                    Notifications.success("billing.change-sent");
                    refresh(false);
                }
                case OrderResult.Applied ignored -> {
                    Notifications.success("billing.applied");
                    refresh(true);
                    com.intervo.kernel.ui.MainLayout.refreshMenu();
                }
            }
        } catch (PaymentProviderException e) {
            Notifications.error("billing.error.provider");
        } catch (RuntimeException e) {
            Notifications.show(e, Map.of("plan", plan));
        }
    }

    private void openPortal() {
        try {
            UI.getCurrent().getPage().setLocation(billing.portal(returnUrl()));
        } catch (PaymentProviderException e) {
            Notifications.error("billing.error.provider");
        } catch (RuntimeException e) {
            Notifications.show(e, Map.of());
        }
    }

    /** This page's own address, for Stripe to send the admin back to. */
    private static String returnUrl() {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                        || (request.getScheme().equals("https") && request.getServerPort() == 443)
                ? ""
                : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath()
                + "/admin/licenses";
    }

    private String planLabel(Plan p) {
        PriceList.PlanOffer offer =
                prices.plans().stream().filter(o -> o.plan() == p).findFirst().orElseThrow();
        String users = offer.maxUsers() == null
                ? getTranslation("billing.plan.unlimited")
                : getTranslation("billing.plan.max-users", offer.maxUsers());
        return getTranslation(p.nameKey()) + " — "
                + getTranslation("billing.per-month", money(offer.monthly(), prices.currency())) + " · " + users;
    }

    private String moduleLabel(ModuleOffer offer) {
        String price = money(offer.monthly(), prices.currency());
        return getTranslation(offer.module().nameKey()) + " — "
                + getTranslation(offer.perSeat() ? "billing.per-user-month" : "billing.per-month", price);
    }

    private String money(BigDecimal amount, String currency) {
        return Formats.money(amount, currency, getLocale());
    }

    private Span state(ModuleLicense license) {
        String text = switch (license.state()) {
            case INCLUDED ->
                getTranslation(
                        "tenantadmin.licenses.state.included",
                        getTranslation(license.includedBy().nameKey()));
            default ->
                getTranslation(
                        "tenantadmin.licenses.state." + license.state().name().toLowerCase());
        };
        Span badge = new Span(text);
        badge.addClassName("intervo-badge");
        if (license.state() == ModuleLicense.State.ACTIVE || license.state() == ModuleLicense.State.INCLUDED) {
            badge.addClassName("success");
        } else if (license.state() == ModuleLicense.State.EXPIRED) {
            badge.addClassName("error");
        }
        return badge;
    }

    private String format(Instant instant) {
        return instant == null ? "" : dates.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenantadmin.licenses.title");
    }
}
