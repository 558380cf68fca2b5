package com.intervo.tenantadmin;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.identity.OperatorAuthentication;
import com.intervo.kernel.identity.OperatorSignIn;
import com.intervo.kernel.licensing.Entitlement;
import com.intervo.kernel.licensing.Entitlement.Source;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.Licenses.ModuleLicense;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A module granted by hand from the operator console and the workspace's subscription are two entitlements, each
 * with its own source and validity: neither replaces the other, and the module is on while either is valid.
 */
@TenantIntegrationTest
class EntitlementSourcesIT {

    @Autowired
    OperatorSignIn operators;

    @Autowired
    OperatorConsoleService console;

    @Autowired
    Licenses licenses;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void asOperator() {
        SecurityContextHolder.getContext()
                .setAuthentication(new OperatorAuthentication(operators.authenticate(
                        WithOperatorFactory.BOOTSTRAP_USER, WithOperatorFactory.BOOTSTRAP_PASSWORD)));
    }

    private ModuleLicense dispatch(TenantId tenant) {
        return licenses.licenses(tenant).stream()
                .filter(l -> l.module() == ModuleKey.DISPATCH)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aGrantByHandLeavesTheSubscriptionAsItIsAndKeepsTheModuleOnWhenTheSubscriptionEnds() {
        TenantId tenant = fixtures.newTenant();
        Instant subscribedFrom = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        licenses.grant(tenant, ModuleKey.DISPATCH, subscribedFrom, null, Source.SUBSCRIPTION);

        asOperator();
        LocalDate through = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        console.grantModule(tenant, ModuleKey.DISPATCH, through);
        Instant grantEnds = through.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

        // two rows, each with its own source and period: the subscription is still open-ended from its start
        assertThat(licenses.entitlements(tenant, ModuleKey.DISPATCH)).hasSize(2);
        Entitlement subscription = licenses.entitlement(tenant, ModuleKey.DISPATCH, Source.SUBSCRIPTION)
                .orElseThrow();
        assertThat(subscription.getValidFrom()).isEqualTo(subscribedFrom);
        assertThat(subscription.getValidUntil()).isNull();
        Entitlement grant =
                licenses.entitlement(tenant, ModuleKey.DISPATCH, Source.MANUAL).orElseThrow();
        assertThat(grant.getValidUntil()).isEqualTo(grantEnds);

        // the licenses screen shows the one that runs longest, and both sources
        ModuleLicense shown = dispatch(tenant);
        assertThat(shown.state()).isEqualTo(ModuleLicense.State.ACTIVE);
        assertThat(shown.source()).isEqualTo(Source.SUBSCRIPTION);
        assertThat(shown.validUntil()).isNull();
        assertThat(shown.sources()).containsExactlyInAnyOrder(Source.SUBSCRIPTION, Source.MANUAL);
        Tenant row = console.tenants().stream()
                .filter(t -> t.getKey().equals(tenant.key()))
                .findFirst()
                .orElseThrow();
        assertThat(console.overview(row).sources()).containsExactlyInAnyOrder(Source.SUBSCRIPTION, Source.MANUAL);

        // billing ends the subscription: the grant still keeps the module on, until its own end
        assertThat(licenses.end(tenant, ModuleKey.DISPATCH, Source.SUBSCRIPTION, Instant.now()))
                .isTrue();
        assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isTrue();
        shown = dispatch(tenant);
        assertThat(shown.source()).isEqualTo(Source.MANUAL);
        assertThat(shown.validUntil()).isEqualTo(grantEnds);
        assertThat(shown.sources()).containsExactly(Source.MANUAL);
        // ...and the grant is untouched by billing's "end"
        assertThat(licenses.entitlement(tenant, ModuleKey.DISPATCH, Source.MANUAL)
                        .orElseThrow()
                        .getValidUntil())
                .isEqualTo(grantEnds);
    }

    @Test
    void theSubscriptionKeepsTheModuleOnWhenTheGrantHasExpiredAndNeitherMeansOff() {
        TenantId tenant = fixtures.newTenant();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        licenses.grant(
                tenant,
                ModuleKey.DISPATCH,
                now.minus(10, ChronoUnit.DAYS),
                now.minus(1, ChronoUnit.DAYS),
                Source.MANUAL);
        assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isFalse();
        assertThat(dispatch(tenant).state()).isEqualTo(ModuleLicense.State.EXPIRED);

        // a subscription later: it does not take the expired grant's row, and switches the module on
        licenses.grant(tenant, ModuleKey.DISPATCH, now.minus(1, ChronoUnit.HOURS), null, Source.SUBSCRIPTION);
        assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isTrue();
        assertThat(licenses.entitlement(tenant, ModuleKey.DISPATCH, Source.MANUAL)
                        .orElseThrow()
                        .getValidUntil())
                .isEqualTo(now.minus(1, ChronoUnit.DAYS));
        assertThat(dispatch(tenant).sources()).containsExactly(Source.SUBSCRIPTION);

        // a new grant by hand with a near end does not shorten the open-ended subscription
        asOperator();
        console.grantModule(
                tenant, ModuleKey.DISPATCH, LocalDate.now(ZoneOffset.UTC).plusDays(1));
        assertThat(licenses.entitlement(tenant, ModuleKey.DISPATCH, Source.SUBSCRIPTION)
                        .orElseThrow()
                        .getValidUntil())
                .isNull();
        assertThat(licenses.entitlements(tenant, ModuleKey.DISPATCH)).hasSize(2);

        // both over: the module is off
        licenses.end(tenant, ModuleKey.DISPATCH, Source.SUBSCRIPTION, Instant.now());
        licenses.end(tenant, ModuleKey.DISPATCH, Source.MANUAL, Instant.now());
        assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isFalse();
        assertThat(dispatch(tenant).state()).isEqualTo(ModuleLicense.State.EXPIRED);
    }

    @Test
    void theDatabaseHoldsOneEntitlementPerModuleAndSource() {
        assertThat(jdbc.queryForList("""
                select conname from pg_constraint c join pg_namespace n on n.oid = c.connamespace
                where n.nspname = 'platform' and c.conrelid = 'platform.entitlement'::regclass
                  and c.contype = 'u'""", String.class)).containsExactly("entitlement_module_source_uq");
    }
}
