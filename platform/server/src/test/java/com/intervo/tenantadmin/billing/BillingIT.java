package com.intervo.tenantadmin.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.crm.CrmTransfer;
import com.intervo.crm.CustomerDraft;
import com.intervo.crm.CustomerService;
import com.intervo.crm.domain.Customer;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.SignInService;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.identity.UserInvitations;
import com.intervo.kernel.licensing.Entitlement;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleCatalog;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.mail.OutboxWorker;
import com.intervo.kernel.tenancy.TenantAccess;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.MailCatcher;
import com.intervo.testsupport.StripeStub;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@TenantIntegrationTest
class BillingIT {

    private static final StripeStub stripe = StripeStub.get();
    private static final String RETURN = "http://localhost/admin/licenses";

    @RegisterExtension
    static final MailCatcher mail = new MailCatcher();

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    Subscriptions billing;

    @Autowired
    PriceList prices;

    @Autowired
    GracePeriodJob graceJob;

    @Autowired
    BillingSettings settings;

    @Autowired
    BillingAccounts accounts;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    Licenses licenses;

    @Autowired
    ModuleCatalog catalog;

    @Autowired
    UserDirectory users;

    @Autowired
    UserInvitations invitations;

    @Autowired
    TenantAccess access;

    @Autowired
    CustomerService customers;

    @Autowired
    CrmTransfer transfer;

    @Autowired
    SignInService signIn;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboxWorker outboxWorker;

    @LocalServerPort
    int port;

    private Http http;

    @BeforeAll
    static void prices() {
        stripe.price("price_team", 4900);
        stripe.price("price_starter", 1900);
        stripe.price("price_dispatch", 1900);
        stripe.price("price_stock", 2900);
        stripe.price("price_workshop_plus", 1500);
    }

    @BeforeEach
    void setUp() {
        http = new Http(port);
        // an earlier test's late events (one per change, 300 ms apart) would otherwise queue before this test's
        stripe.awaitIdle(Duration.ofSeconds(60));
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    /** A fresh workspace in its trial, with its admin signed in on this thread. */
    private TenantId trialTenant() {
        TenantId tenant = fixtures.newTenant();
        billing.startTrial(tenant);
        fixtures.signIn(tenant, "admin");
        return tenant;
    }

    private BillingAccount account(TenantId tenant) {
        return billing.account(tenant).orElseThrow();
    }

    private String subscribe(TenantId tenant, Plan plan, Set<ModuleKey> modules) {
        Subscriptions.OrderResult result = billing.order(plan, modules, RETURN);
        assertThat(result).isInstanceOf(Subscriptions.OrderResult.Redirect.class);
        assertThat(((Subscriptions.OrderResult.Redirect) result).url()).startsWith(stripe.baseUrl() + "/pay/");
        return stripe.completeCheckout(stripe.sessionOfTenant(tenant.key()), false);
    }

    @Test
    void licensesChangeOnlyWhenStripeConfirmsTheCheckout() {
        TenantId tenant = trialTenant();
        billing.order(Plan.TEAM, Set.of(ModuleKey.DISPATCH), RETURN);
        // Checkout opened, nothing paid yet: no license
        assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isFalse();
        assertThat(account(tenant).getStripeCustomerId()).startsWith("cus_");
        assertThat(stripe.requests()).contains("POST /v1/customers", "POST /v1/checkout/sessions");

        String subscription = stripe.completeCheckout(stripe.sessionOfTenant(tenant.key()), false);

        assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isTrue();
        assertThat(licenses.entitlement(tenant, ModuleKey.DISPATCH, Entitlement.Source.SUBSCRIPTION)
                        .orElseThrow()
                        .isActiveAt(Instant.now()))
                .isTrue();
        BillingAccount account = account(tenant);
        assertThat(account.getStatus()).isEqualTo(BillingAccount.Status.ACTIVE);
        assertThat(account.getPlan()).isEqualTo(Plan.TEAM);
        assertThat(account.getStripeSubscriptionId()).isEqualTo(subscription);
        // one item per module, quantity = users for per-seat modules: the plan (1) and Dispatch (4 users)
        long seats = TenantContext.callAs(tenant, users::seats);
        assertThat(seats).isEqualTo(4);
        assertThat(quantities(subscription))
                .containsExactlyInAnyOrderEntriesOf(Map.of("price_team", 1L, "price_dispatch", seats));
        assertThat(account.getNextPaymentAmount())
                .isEqualByComparingTo(new BigDecimal("49.00").add(new BigDecimal("76.00")));
        assertThat(account.getCurrentPeriodEnd()).isAfter(Instant.now().plus(Duration.ofDays(25)));

        Subscriptions.Overview overview = billing.overview();
        assertThat(overview.mode()).isEqualTo(Subscriptions.Mode.STRIPE);
        assertThat(overview.ordered()).containsExactly(ModuleKey.DISPATCH);
        assertThat(overview.maxSeats()).isEqualTo(15);
        assertThat(billing.invoices()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo("paid");
            assertThat(i.total()).isEqualByComparingTo("125.00");
            assertThat(i.pdfUrl()).startsWith(stripe.baseUrl());
        });
        assertThat(billing.portal(RETURN)).startsWith(stripe.baseUrl() + "/portal/");
    }

    @Autowired
    com.intervo.kernel.company.CompanyProfiles company;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    @SuppressWarnings("unchecked")
    void stripesCustomerCarriesTheCompanysNameAddressAndVatNumberAndFollowsChanges() {
        TenantId tenant = trialTenant();
        com.intervo.kernel.tenancy.TenantContext.runAs(
                tenant,
                () -> company.save(new com.intervo.kernel.company.CompanyDetails(
                        "Termo Service Cluj SRL",
                        "RO 185 472 90",
                        "J12/345/2015",
                        "Str. Fabricii 12",
                        "Cluj-Napoca",
                        "Cluj",
                        "400000",
                        "RO",
                        null,
                        null,
                        null,
                        null,
                        null)));
        subscribe(tenant, Plan.TEAM, Set.of(ModuleKey.DISPATCH));
        Map<String, Object> customer = stripe.customerOfTenant(tenant.key());
        assertThat(customer.get("name")).isEqualTo("Termo Service Cluj SRL");
        assertThat((Map<String, Object>) customer.get("address"))
                .containsEntry("line1", "Str. Fabricii 12")
                .containsEntry("city", "Cluj-Napoca")
                .containsEntry("postal_code", "400000")
                .containsEntry("country", "RO");
        assertThat((List<Map<String, Object>>) customer.get("tax_ids"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.get("type")).isEqualTo("eu_vat");
                    assertThat(t.get("value")).isEqualTo("RO18547290");
                });

        // the company moves and its name changes: the customer follows when the admin saves
        com.intervo.kernel.tenancy.TenantContext.runAs(
                tenant,
                () -> company.save(new com.intervo.kernel.company.CompanyDetails(
                        "Termo Service Transilvania SRL",
                        "RO18547290",
                        "J12/345/2015",
                        "Bd. Eroilor 3",
                        "Cluj-Napoca",
                        "Cluj",
                        "400129",
                        "RO",
                        null,
                        null,
                        null,
                        null,
                        null)));
        customer = stripe.customerOfTenant(tenant.key());
        assertThat(customer.get("name")).isEqualTo("Termo Service Transilvania SRL");
        assertThat((Map<String, Object>) customer.get("address")).containsEntry("line1", "Bd. Eroilor 3");
        assertThat((List<Map<String, Object>>) customer.get("tax_ids"))
                .singleElement()
                .satisfies(t -> assertThat(t.get("value")).isEqualTo("RO18547290"));

        // a CUI without "RO" is no VAT number: Stripe's invoices show none (the old one is removed)
        com.intervo.kernel.tenancy.TenantContext.runAs(
                tenant,
                () -> company.save(new com.intervo.kernel.company.CompanyDetails(
                        "Termo Service Transilvania SRL",
                        "18547290",
                        null,
                        "Bd. Eroilor 3",
                        "Cluj-Napoca",
                        "Cluj",
                        "400129",
                        "RO",
                        null,
                        null,
                        null,
                        null,
                        null)));
        assertThat((List<Map<String, Object>>)
                        stripe.customerOfTenant(tenant.key()).get("tax_ids"))
                .isEmpty();

        // a VAT number Stripe refuses does not stop the company data from being saved
        var saved = com.intervo.kernel.tenancy.TenantContext.callAs(
                tenant,
                () -> company.save(new com.intervo.kernel.company.CompanyDetails(
                        "Termo Service Transilvania SRL",
                        "RO1",
                        null,
                        "Bd. Eroilor 3",
                        "Cluj-Napoca",
                        "Cluj",
                        "400129",
                        "RO",
                        null,
                        null,
                        null,
                        null,
                        null)));
        assertThat(saved.taxId()).isEqualTo("RO1");
        assertThat((List<Map<String, Object>>)
                        stripe.customerOfTenant(tenant.key()).get("tax_ids"))
                .isEmpty();
    }

    @Test
    void aRetriedOrDuplicatedEventIsAppliedOnce() {
        TenantId tenant = trialTenant();
        String subscription = subscribe(tenant, Plan.TEAM, Set.of(ModuleKey.DISPATCH));
        String customer = account(tenant).getStripeCustomerId();
        // only this workspace's events: other tests' late events go to other customers
        List<StripeStub.SentEvent> checkout = stripe.sentTo(customer);
        assertThat(checkout)
                .extracting(StripeStub.SentEvent::type)
                .containsExactly("customer.subscription.created", "invoice.paid", "checkout.session.completed");
        assertThat(checkout).extracting(e -> e.answer().outcome()).containsOnly("APPLIED");
        Long entitlement = entitlementVersion(tenant, ModuleKey.DISPATCH);
        Long version = accountVersion(tenant);

        for (StripeStub.SentEvent event : checkout) {
            assertDuplicate(stripe.replay(event), event.type());
            assertDuplicate(stripe.replay(event), event.type());
        }
        assertThat(recordedEvents(tenant)).isEqualTo(checkout.size());
        assertThat(entitlementVersion(tenant, ModuleKey.DISPATCH)).isEqualTo(entitlement);
        assertThat(accountVersion(tenant))
                .as("the billing account is not touched by a replay")
                .isEqualTo(version);
        assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isTrue();

        // a payment fails, and Stripe delivers its event twice at the same moment (two replicas): applied once
        List<StripeStub.Event> failed = stripe.failPaymentUndelivered(subscription);
        StripeStub.Event paymentFailed = failed.get(0);
        assertThat(paymentFailed.type()).isEqualTo("invoice.payment_failed");
        List<StripeStub.Answer> answers = deliverAtOnce(paymentFailed, 2);
        assertThat(answers).extracting(StripeStub.Answer::status).containsOnly(200);
        assertThat(answers).extracting(StripeStub.Answer::outcome).containsExactlyInAnyOrder("APPLIED", "DUPLICATE");
        assertThat(stripe.deliver(failed.get(1)).outcome()).isEqualTo("APPLIED");
        assertThat(account(tenant).getStatus()).isEqualTo(BillingAccount.Status.PAST_DUE);
        assertToldOnce(tenant);

        // Stripe retries the failed payment's event: nothing changes, nobody is told again
        version = accountVersion(tenant);
        StripeStub.SentEvent delivered = stripe.sentTo(customer).stream()
                .filter(e -> e.id().equals(paymentFailed.id()))
                .findFirst()
                .orElseThrow();
        assertDuplicate(stripe.replay(delivered), delivered.type());
        assertDuplicate(stripe.replay(delivered), delivered.type());
        assertThat(accountVersion(tenant)).isEqualTo(version);
        assertToldOnce(tenant);

        // the subscription ends; its "deleted" event retried, also from two replicas at once, is applied once
        stripe.cancel(subscription);
        assertThat(account(tenant).getStatus()).isEqualTo(BillingAccount.Status.CANCELED);
        assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isFalse();
        version = accountVersion(tenant);
        entitlement = entitlementVersion(tenant, ModuleKey.DISPATCH);
        StripeStub.SentEvent deleted = stripe.sentTo(customer).getLast();
        assertThat(deleted.type()).isEqualTo("customer.subscription.deleted");
        assertThat(deleted.answer().outcome()).isEqualTo("APPLIED");
        assertDuplicate(stripe.replay(deleted), deleted.type());
        assertThat(deliverAtOnce(deleted.event(), 2))
                .extracting(StripeStub.Answer::outcome)
                .containsOnly("DUPLICATE");
        assertThat(accountVersion(tenant)).isEqualTo(version);
        assertThat(entitlementVersion(tenant, ModuleKey.DISPATCH)).isEqualTo(entitlement);
        assertToldOnce(tenant);
        assertThat(recordedEvents(tenant)).isEqualTo(checkout.size() + 3);
    }

    private static void assertDuplicate(StripeStub.Answer answer, String type) {
        assertThat(answer.status()).as("status of a replayed " + type).isEqualTo(200);
        assertThat(answer.outcome()).as("outcome of a replayed " + type).isEqualTo("DUPLICATE");
    }

    /** Exactly one alert in the bell and one e-mail, which reaches the admin's mailbox once. */
    private void assertToldOnce(TenantId tenant) {
        assertThat(billingAlerts(tenant)).containsExactly("BILLING_PAST_DUE");
        assertThat(billingMails(tenant)).containsExactly("BILLING_PAST_DUE admin@" + tenant.key() + ".example");
        outboxWorker.deliverDue(tenant, Instant.now());
        await(() -> mail.smtp().getReceivedMessagesForDomain(tenant.key() + ".example").length > 0);
        assertThat(mail.smtp().getReceivedMessagesForDomain(tenant.key() + ".example"))
                .hasSize(1);
    }

    /** The same event delivered by {@code deliveries} threads released together; their answers. */
    private static List<StripeStub.Answer> deliverAtOnce(StripeStub.Event event, int deliveries) {
        CyclicBarrier start = new CyclicBarrier(deliveries);
        ExecutorService threads = Executors.newFixedThreadPool(deliveries);
        try {
            List<Future<StripeStub.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                answers.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return stripe.deliver(event);
                }));
            }
            List<StripeStub.Answer> result = new ArrayList<>();
            for (Future<StripeStub.Answer> answer : answers) {
                result.add(answer.get(30, TimeUnit.SECONDS));
            }
            return result;
        } catch (Exception e) {
            throw new AssertionError("Delivering " + event.type() + " at once failed", e);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void eventsOutOfOrderEndInStripesLatestState() {
        TenantId tenant = trialTenant();
        String subscription = subscribe(tenant, Plan.TEAM, Set.of(ModuleKey.DISPATCH));
        Map<String, Object> withDispatch = Map.copyOf(stripe.subscription(subscription));

        stripe.pause();
        try {
            Subscriptions.OrderResult result = billing.order(Plan.TEAM, Set.of(ModuleKey.STOCK), RETURN);
            assertThat(result).isInstanceOf(Subscriptions.OrderResult.AwaitingConfirmation.class);
            // asked, not confirmed: the license is as it was
            assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isTrue();
            assertThat(licenses.isLicensed(tenant, ModuleKey.STOCK)).isFalse();
            assertThat(billing.overview().changePending()).isTrue();
        } finally {
            stripe.resume();
        }
        await(() -> licenses.isLicensed(tenant, ModuleKey.STOCK));
        assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isFalse();
        assertThat(billing.overview().changePending()).isFalse();

        // the older "updated" event arrives late: Stripe's current state still wins
        assertThat(stripe.send("customer.subscription.updated", withDispatch)).isEqualTo(200);
        assertThat(licenses.isLicensed(tenant, ModuleKey.STOCK)).isTrue();
        assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isFalse();
        // nothing is deleted: the ended entitlement stays as a record
        Entitlement ended = licenses.entitlement(tenant, ModuleKey.DISPATCH, Entitlement.Source.SUBSCRIPTION)
                .orElseThrow();
        assertThat(ended.getValidUntil()).isNotNull().isBeforeOrEqualTo(Instant.now());

        // a "deleted" event delivered before its subscription's "created" one: still the latest state
        stripe.cancel(subscription);
        assertThat(licenses.isLicensed(tenant, ModuleKey.STOCK)).isFalse();
        assertThat(account(tenant).getStatus()).isEqualTo(BillingAccount.Status.CANCELED);
        assertThat(stripe.send("customer.subscription.created", withDispatch)).isEqualTo(200);
        assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isFalse();
        assertThat(account(tenant).getStatus()).isEqualTo(BillingAccount.Status.CANCELED);
    }

    @Test
    void unsignedOrBadlySignedEventsAreRefusedAndChangeNothing() throws Exception {
        TenantId tenant = trialTenant();
        String subscription = subscribe(tenant, Plan.TEAM, Set.of(ModuleKey.DISPATCH));
        Integer recorded = recordedEvents(tenant);
        String payload = """
                {"id":"evt_forged_%s","object":"event","type":"customer.subscription.deleted","created":%d,
                 "data":{"object":{"id":"%s","object":"subscription","customer":"%s","status":"canceled"}}}""".formatted(
                        tenant.key(),
                        Instant.now().getEpochSecond(),
                        subscription,
                        account(tenant).getStripeCustomerId());
        long now = Instant.now().getEpochSecond();

        assertThat(stripe.post(payload, null)).isEqualTo(400);
        assertThat(stripe.post(payload, "garbage")).isEqualTo(400);
        assertThat(stripe.post(payload, StripeStub.signature(payload, now, "whsec_someone_else")))
                .isEqualTo(400);
        assertThat(stripe.post(payload, StripeStub.signature(payload, now - 3600, StripeStub.WEBHOOK_SECRET)))
                .as("a signature older than the tolerance (a replay attack)")
                .isEqualTo(400);
        assertThat(stripe.post(
                        payload.replace("canceled", "active"),
                        StripeStub.signature(payload, now, StripeStub.WEBHOOK_SECRET)))
                .as("a payload changed after signing")
                .isEqualTo(400);

        assertThat(recordedEvents(tenant)).isEqualTo(recorded);
        assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isTrue();
        HttpResponse<String> response = new Http(port).postJson("/webhooks/stripe", null, payload, "en");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("webhook-signature");
    }

    @Test
    void failedPaymentGraceThenReadOnlyThenPaidAgain() throws Exception {
        TenantId tenant = trialTenant();
        String subscription = subscribe(tenant, Plan.TEAM, Set.of(ModuleKey.DISPATCH));
        String token = fixtures.token(tenant, "dispatcher");

        stripe.failPayment(subscription);
        BillingAccount account = account(tenant);
        assertThat(account.getStatus()).isEqualTo(BillingAccount.Status.PAST_DUE);
        // the admins hear of it in the bell and by e-mail, with the date access stays full until
        assertThat(billingAlerts(tenant)).containsExactly("BILLING_PAST_DUE");
        assertThat(billingMails(tenant)).containsExactly("BILLING_PAST_DUE admin@" + tenant.key() + ".example");
        assertThat(account.getGraceUntil())
                .isBetween(
                        Instant.now().plus(settings.gracePeriod()).minusSeconds(60),
                        Instant.now().plus(settings.gracePeriod()));
        // the grace period: full access, licenses kept
        assertThat(access.isReadOnly(tenant)).isFalse();
        assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isTrue();
        assertThat(createCustomer(token, "During grace").statusCode()).isEqualTo(201);
        assertThat(graceJob.enforceGracePeriods()).isZero();

        // the grace period ends unpaid
        jdbc.update(
                "update platform.billing_account set grace_until = now() - interval '1 minute' where stripe_subscription_id = ?",
                subscription);
        assertThat(graceJob.enforceGracePeriods()).isEqualTo(1);
        assertThat(account(tenant).getStatus()).isEqualTo(BillingAccount.Status.READ_ONLY);
        assertThat(access.isReadOnly(tenant)).isTrue();
        // told even though the workspace itself refuses writes now
        assertThat(billingAlerts(tenant)).containsExactly("BILLING_READ_ONLY", "BILLING_PAST_DUE");
        assertThat(billingMails(tenant)).hasSize(2).first().asString().startsWith("BILLING_READ_ONLY");

        // every write is refused, through the API and in the services the UI calls ...
        HttpResponse<String> refused = createCustomer(token, "While read-only");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("workspace-read-only").contains("read-only");
        assertThat(new Http(port)
                        .postJson("/api/v1/crm/customers", token, "{\"kind\":\"ALIEN\"}", "ro")
                        .body())
                .contains("doar pentru citire");
        fixtures.signIn(tenant, "dispatcher");
        assertThatThrownBy(() -> customers.create(new CustomerDraft(
                        Customer.Kind.PERSON,
                        "Refused",
                        null,
                        null,
                        "0700 000 000",
                        "ro",
                        null,
                        Map.of(),
                        List.of(),
                        List.of())))
                .satisfies(e -> assertThat(TenantAccess.isReadOnlyRefusal(e)).isTrue());
        fixtures.signIn(tenant, "admin");
        assertThatThrownBy(() -> invitations.invite(
                        "new@" + tenant.key() + ".example", "New", Set.of(Role.TECHNICIAN), false, Locale.ENGLISH))
                .satisfies(e -> assertThat(TenantAccess.isReadOnlyRefusal(e)).isTrue());
        // ... while signing in, reading and exporting keep working, and nothing was lost
        assertThat(signIn.authenticate(tenant.key(), "dispatcher", TenantFixtures.PASSWORD)
                        .username())
                .isEqualTo("dispatcher");
        assertThat(fixtures.token(tenant, "dispatcher")).isNotBlank();
        HttpResponse<String> list = new Http(port).get("/api/v1/crm/customers?q=During", token);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("During grace");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        TenantContext.runAs(tenant, () -> transfer.export(CrmTransfer.Kind.CUSTOMERS, csv));
        assertThat(csv.toString()).contains("During grace");
        // the admin can still pay
        assertThat(billing.portal(RETURN)).startsWith(stripe.baseUrl());
        assertThat(billing.overview().status()).contains(BillingAccount.Status.READ_ONLY);

        // paid: full access again
        stripe.payOpenInvoices(subscription);
        assertThat(account(tenant).getStatus()).isEqualTo(BillingAccount.Status.ACTIVE);
        assertThat(billingAlerts(tenant)).first().isEqualTo("BILLING_RESTORED");
        assertThat(account(tenant).getGraceUntil()).isNull();
        assertThat(access.isReadOnly(tenant)).isFalse();
        assertThat(createCustomer(token, "After paying").statusCode()).isEqualTo(201);
    }

    @Test
    void thePlanLimitsUsersAndPerUserQuantitiesFollowTheUsers() {
        TenantId tenant = trialTenant();
        // 4 users do not fit the 3-user Starter plan
        assertThatThrownBy(() -> billing.order(Plan.STARTER, Set.of(ModuleKey.DISPATCH), RETURN))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("billing.error.plan-too-small"));
        String subscription = subscribe(tenant, Plan.TEAM, Set.of(ModuleKey.DISPATCH, ModuleKey.STOCK));
        assertThat(quantities(subscription)).containsEntry("price_dispatch", 4L).containsEntry("price_stock", 1L);

        invitations.invite(
                "tech2@" + tenant.key() + ".example",
                "Second technician",
                Set.of(Role.TECHNICIAN),
                false,
                Locale.ENGLISH);
        // Dispatch is per user: Stripe's quantity follows; Stock is flat
        assertThat(quantities(subscription)).containsEntry("price_dispatch", 5L).containsEntry("price_stock", 1L);

        // the Team plan's 15 users: 10 more fit, the 16th does not
        for (int i = 0; i < 10; i++) {
            invitations.invite(
                    "u" + i + "@" + tenant.key() + ".example",
                    "User " + i,
                    Set.of(Role.TECHNICIAN),
                    false,
                    Locale.ENGLISH);
        }
        assertThatThrownBy(() -> invitations.invite(
                        "one-too-many@" + tenant.key() + ".example",
                        "Too many",
                        Set.of(Role.TECHNICIAN),
                        false,
                        Locale.ENGLISH))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("users.error.seat-limit");
                    assertThat(e.params()).containsExactly(15);
                });
        assertThat(TenantContext.callAs(tenant, users::seats)).isEqualTo(15);
    }

    @Test
    void aTrialIsLimitedToItsTrialSeats() {
        TenantId tenant = trialTenant();
        for (int i = 4; i < settings.trialSeats(); i++) {
            invitations.invite(
                    "t" + i + "@" + tenant.key() + ".example",
                    "Trial " + i,
                    Set.of(Role.TECHNICIAN),
                    false,
                    Locale.ENGLISH);
        }
        assertThatThrownBy(() -> invitations.invite(
                        "over@" + tenant.key() + ".example", "Over", Set.of(Role.TECHNICIAN), false, Locale.ENGLISH))
                .isInstanceOf(DomainException.class);
        // a deactivated user frees the seat
        java.util.UUID someone = TenantContext.callAs(
                tenant, () -> users.findByUsername("technician").orElseThrow().getId());
        users.deactivate(someone);
        invitations.invite("over@" + tenant.key() + ".example", "Over", Set.of(Role.TECHNICIAN), false, Locale.ENGLISH);
    }

    @Test
    void requirementsComeAlongAndAreNotChargedTwice() {
        assertThat(prices.withRequirements(Set.of(ModuleKey.WORKSHOP_PLUS)))
                .containsExactlyInAnyOrder(ModuleKey.WORKSHOP_PLUS, ModuleKey.WORKSHOP_SIMPLE);
        assertThat(prices.billable(Set.of(ModuleKey.WORKSHOP_PLUS, ModuleKey.WORKSHOP_SIMPLE)))
                .containsExactly(ModuleKey.WORKSHOP_PLUS);
        assertThat(prices.withRequirements(Set.of(ModuleKey.PURCHASING))).contains(ModuleKey.STOCK);

        TenantId tenant = trialTenant();
        String subscription = subscribe(tenant, Plan.TEAM, Set.of(ModuleKey.WORKSHOP_PLUS, ModuleKey.WORKSHOP_SIMPLE));
        assertThat(quantities(subscription)).containsOnlyKeys("price_team", "price_workshop_plus");
        assertThat(licenses.isLicensed(tenant, ModuleKey.WORKSHOP_SIMPLE)).isTrue();
    }

    @Test
    void badOrdersAreRefusedBeforeAnythingReachesStripe() {
        TenantId tenant = trialTenant();
        int calls = stripe.requests().size();
        assertThatThrownBy(() -> billing.order(null, Set.of(ModuleKey.DISPATCH), RETURN))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("plan"));
        assertThatThrownBy(() -> billing.order(Plan.TEAM, Set.of(), RETURN))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("modules"));
        assertThat(stripe.requests()).hasSize(calls);
        assertThat(billing.account(tenant).orElseThrow().getStripeCustomerId()).isNull();
        fixtures.signIn(tenant, "dispatcher");
        assertThatThrownBy(() -> billing.order(Plan.TEAM, Set.of(ModuleKey.DISPATCH), RETURN))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void oneWorkspacesBillingIsInvisibleToAnother() {
        TenantId a = trialTenant();
        subscribe(a, Plan.TEAM, Set.of(ModuleKey.DISPATCH));
        TenantId b = trialTenant();
        Subscriptions.Overview overview = billing.overview();
        assertThat(overview.status()).contains(BillingAccount.Status.TRIAL);
        assertThat(overview.hasSubscription()).isFalse();
        assertThat(overview.ordered()).isEmpty();
        assertThat(billing.invoices()).isEmpty();
        assertThat(licenses.isLicensed(b, ModuleKey.DISPATCH)).isFalse();
        assertThatThrownBy(() -> billing.portal(RETURN)).isInstanceOf(DomainException.class);
    }

    @Test
    void withoutStripeKeysTheFreeModeSwitchesModulesAtOnce() {
        TenantId tenant = trialTenant();
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        Subscriptions free = new Subscriptions(
                settings,
                prices,
                accounts,
                tenants,
                licenses,
                users,
                access,
                none.getBeanProvider(PaymentProvider.class),
                transactions,
                company,
                events,
                Optional.empty());
        assertThat(free.mode()).isEqualTo(Subscriptions.Mode.FREE);
        int calls = stripe.requests().size();

        assertThat(free.order(Plan.TEAM, Set.of(ModuleKey.WORKSHOP_PLUS), RETURN))
                .isInstanceOf(Subscriptions.OrderResult.Applied.class);
        assertThat(licenses.isLicensed(tenant, ModuleKey.WORKSHOP_PLUS)).isTrue();
        assertThat(licenses.isLicensed(tenant, ModuleKey.WORKSHOP_SIMPLE)).isTrue();
        assertThat(licenses.entitlement(tenant, ModuleKey.WORKSHOP_PLUS, Entitlement.Source.FREE)
                        .orElseThrow()
                        .isActiveAt(Instant.now()))
                .isTrue();
        assertThat(free.overview().status()).contains(BillingAccount.Status.FREE);

        free.order(Plan.TEAM, Set.of(ModuleKey.DISPATCH), RETURN);
        assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isTrue();
        assertThat(licenses.isLicensed(tenant, ModuleKey.WORKSHOP_PLUS)).isFalse();
        assertThat(stripe.requests()).hasSize(calls);
    }

    private HttpResponse<String> createCustomer(String token, String name) throws Exception {
        return http.postJson(
                "/api/v1/crm/customers",
                token,
                "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"phone\":\"0700 111 222\"}",
                "en");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> quantities(String subscription) {
        Map<String, Object> items =
                (Map<String, Object>) stripe.subscription(subscription).get("items");
        Map<String, Long> result = new java.util.HashMap<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) items.get("data")) {
            result.put((String) ((Map<String, Object>) item.get("price")).get("id"), (Long) item.get("quantity"));
        }
        return result;
    }

    private Long entitlementVersion(TenantId tenant, ModuleKey module) {
        return jdbc.queryForObject("""
                select e.version from platform.entitlement e join platform.tenant t on t.id = e.tenant_id
                where t.tenant_key = ? and e.module_key = ?""", Long.class, tenant.key(), module.name());
    }

    private Long accountVersion(TenantId tenant) {
        return jdbc.queryForObject("""
                select a.version from platform.billing_account a join platform.tenant t on t.id = a.tenant_id
                where t.tenant_key = ?""", Long.class, tenant.key());
    }

    private Integer recordedEvents(TenantId tenant) {
        return jdbc.queryForObject("""
                select count(*) from platform.stripe_event e join platform.tenant t on t.id = e.tenant_id
                where t.tenant_key = ?""", Integer.class, tenant.key());
    }

    @Autowired
    com.intervo.kernel.notifications.Notifier notifier;

    /** The admin's billing alerts, newest first. */
    private List<String> billingAlerts(TenantId tenant) {
        java.util.UUID admin = TenantContext.callAs(
                tenant, () -> users.findByUsername("admin").orElseThrow().getId());
        return TenantContext.callAs(tenant, () -> notifier.of(admin, 20)).stream()
                .map(com.intervo.kernel.notifications.InAppNotification::kind)
                .filter(k -> k.startsWith("BILLING_"))
                .toList();
    }

    /** Billing e-mails waiting in the workspace's outbox, newest first: purpose and recipient. */
    private List<String> billingMails(TenantId tenant) {
        return jdbc.queryForList(
                "select purpose || ' ' || recipient from " + tenant.schema()
                        + ".outbox_message where purpose like 'BILLING%' order by created_at desc",
                String.class);
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Condition not met within 15 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
