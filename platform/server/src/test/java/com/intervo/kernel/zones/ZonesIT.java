package com.intervo.kernel.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Zones technicians cover: the admin defines and assigns them; dispatch will ask who covers a zone. */
@TenantIntegrationTest
class ZonesIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    Zones zones;

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        TenantContext.clear();
    }

    @Test
    void theAdminDefinesZonesAndAssignsThemToTechnicians() {
        TenantId tenant = fixtures.newTenant();
        TenantContext.bind(tenant);
        IntervoUser technician = fixtures.signIn(tenant, "technician");
        fixtures.signIn(tenant, "admin");
        Zone cluj = zones.create("Cluj-Napoca", Zone.Kind.CITY);
        Zone sector3 = zones.create("Sector 3", Zone.Kind.SECTOR);
        zones.create("Cluj", Zone.Kind.COUNTY);
        assertThatThrownBy(() -> zones.create(" cluj-napoca ", Zone.Kind.CITY))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("zoneName"));
        assertThatThrownBy(() -> zones.create(" ", Zone.Kind.CITY)).isInstanceOf(DomainException.class);

        zones.assign(technician.userId(), List.of(cluj.getId(), sector3.getId()));
        assertThat(zones.ofUser(technician.userId()))
                .extracting(Zone::getName)
                .containsExactlyInAnyOrder("Cluj-Napoca", "Sector 3");
        assertThat(zones.usersIn(cluj.getId())).containsExactly(technician.userId());
        zones.assign(technician.userId(), List.of(sector3.getId()));
        assertThat(zones.usersIn(cluj.getId())).isEmpty();

        fixtures.signIn(tenant, "dispatcher");
        assertThatThrownBy(() -> zones.create("Florești", Zone.Kind.CITY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> zones.assign(technician.userId(), List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(zones.all()).hasSize(3);

        TenantId other = fixtures.newTenant();
        TenantContext.bind(other);
        fixtures.signIn(other, "admin");
        assertThat(zones.all()).isEmpty();
        assertThat(zones.usersIn(cluj.getId())).isEmpty();
        assertThatThrownBy(() -> zones.assign(technician.userId(), List.of(cluj.getId())))
                .isInstanceOf(DomainException.class);
    }
}
