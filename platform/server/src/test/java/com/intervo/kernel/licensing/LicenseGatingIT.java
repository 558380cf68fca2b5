package com.intervo.kernel.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.dispatch.DispatchFixtureListener;
import com.intervo.dispatch.FixtureTicketOpened;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

@TenantIntegrationTest
class LicenseGatingIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    Licenses licenses;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    DispatchFixtureListener listener;

    @LocalServerPort
    int port;

    @Test
    void restApiOfAnUnlicensedModuleAnswers403ProblemDetail() throws Exception {
        TenantId licensed = fixtures.newTenant(ModuleKey.DISPATCH);
        TenantId unlicensed = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        Http http = new Http(port);

        HttpResponse<String> ok = http.get("/api/v1/dispatch/fixture-ping", fixtures.token(licensed, "technician"));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("dispatch");

        HttpResponse<String> refused = http.get("/api/v1/dispatch/fixture-ping", fixtures.token(unlicensed, "admin"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("module-not-licensed").contains("Dispatch");

        // also paths that do not exist: the module is refused before routing
        assertThat(http.get("/api/v1/dispatch/unknown", fixtures.token(unlicensed, "admin"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void requiresBringTheirModulesAlong() {
        TenantId plus = fixtures.newTenant(ModuleKey.WORKSHOP_PLUS);
        assertThat(licenses.isLicensed(plus, ModuleKey.WORKSHOP_SIMPLE)).isTrue();
        assertThat(licenses.isLicensed(plus, ModuleKey.DISPATCH)).isFalse();
        TenantId purchasing = fixtures.newTenant(ModuleKey.PURCHASING);
        assertThat(licenses.effectiveModules(purchasing))
                .containsExactlyInAnyOrder(ModuleKey.PURCHASING, ModuleKey.STOCK);
        assertThat(licenses.licenses(plus))
                .filteredOn(l -> l.module() == ModuleKey.WORKSHOP_SIMPLE)
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.state()).isEqualTo(Licenses.ModuleLicense.State.INCLUDED);
                    assertThat(l.includedBy()).isEqualTo(ModuleKey.WORKSHOP_PLUS);
                });
    }

    @Test
    void entitlementsCountOnlyWithinTheirValidityDates() {
        TenantId tenant = fixtures.newTenant();
        Instant now = Instant.now();
        licenses.grant(
                tenant,
                ModuleKey.DISPATCH,
                now.minus(30, ChronoUnit.DAYS),
                now.minus(1, ChronoUnit.DAYS),
                Entitlement.Source.TRIAL);
        licenses.grant(tenant, ModuleKey.STOCK, now.plus(1, ChronoUnit.DAYS), null, Entitlement.Source.SUBSCRIPTION);
        licenses.grant(
                tenant,
                ModuleKey.INVOICING,
                now.minus(1, ChronoUnit.DAYS),
                now.plus(10, ChronoUnit.DAYS),
                Entitlement.Source.SUBSCRIPTION);
        assertThat(licenses.effectiveModules(tenant)).containsExactly(ModuleKey.INVOICING);
        assertThat(licenses.licenses(tenant))
                .extracting(Licenses.ModuleLicense::module, Licenses.ModuleLicense::state)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(ModuleKey.DISPATCH, Licenses.ModuleLicense.State.EXPIRED),
                        org.assertj.core.groups.Tuple.tuple(
                                ModuleKey.STOCK, Licenses.ModuleLicense.State.NOT_YET_VALID),
                        org.assertj.core.groups.Tuple.tuple(ModuleKey.INVOICING, Licenses.ModuleLicense.State.ACTIVE));

        licenses.revoke(tenant, ModuleKey.INVOICING);
        assertThat(licenses.effectiveModules(tenant)).isEmpty();
    }

    @Test
    void listenersOfAModuleRunOnlyForLicensedTenants() {
        TenantId licensed = fixtures.newTenant(ModuleKey.DISPATCH);
        TenantId unlicensed = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        events.publishEvent(new FixtureTicketOpened(licensed, "boiler leaking"));
        events.publishEvent(new FixtureTicketOpened(unlicensed, "boiler leaking"));
        assertThat(listener.handled).contains(licensed).doesNotContain(unlicensed);
    }

    @Test
    void jobsRunOnlyInLicensedTenantsWithTheTenantBound() {
        TenantId licensed = fixtures.newTenant(ModuleKey.DISPATCH);
        TenantId unlicensed = fixtures.newTenant(ModuleKey.STOCK);
        List<TenantId> seen = new ArrayList<>();
        List<TenantId> bound = new ArrayList<>();
        licenses.forEachLicensedTenant(ModuleKey.DISPATCH, tenant -> {
            seen.add(tenant);
            bound.add(com.intervo.kernel.tenancy.TenantContext.require());
        });
        assertThat(seen).contains(licensed).doesNotContain(unlicensed);
        assertThat(bound).isEqualTo(seen);
    }
}
