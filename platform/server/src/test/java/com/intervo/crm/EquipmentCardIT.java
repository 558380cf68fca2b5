package com.intervo.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.search.GlobalSearch;
import com.intervo.kernel.search.SearchHit;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The equipment card's history extension point and the shell's global search. */
@TenantIntegrationTest
class EquipmentCardIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    CustomerService customers;

    @Autowired
    EquipmentService equipment;

    @Autowired
    EquipmentTimeline timeline;

    @Autowired
    FixtureTimelineContributor contributor;

    @Autowired
    GlobalSearch search;

    TenantId tenant;

    @BeforeEach
    void setUp() {
        tenant = fixtures.newTenant();
        TenantContext.bind(tenant);
        fixtures.signIn(tenant, "dispatcher");
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        TenantContext.clear();
    }

    private Equipment boiler() {
        Customer owner = customers.create(new CustomerDraft(
                Customer.Kind.PERSON,
                "Ștefan Țurcanu",
                null,
                "stefan@example.ro",
                "+40 745 111 222",
                "ro",
                null,
                Map.of(),
                List.of(),
                List.of()));
        return equipment.register(new Equipment.Draft(
                owner.getId(), null, null, null, "SN-ŢUR-77", "Centrală baie", null, null, null, null, null, Map.of()));
    }

    @Test
    void modulesAddEntriesToTheHistoryNewestFirst() {
        Equipment item = boiler();
        Instant later = Instant.now().plus(1, ChronoUnit.HOURS);
        contributor.entries.put(
                item.getId(),
                List.of(new TimelineEntry(later, "crm.timeline.registered", "sheet 2026-0001", "fixture/sheet")));
        List<TimelineEntry> history = timeline.of(item);
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().detail()).isEqualTo("sheet 2026-0001");
        assertThat(history.getLast().titleKey()).isEqualTo("crm.timeline.registered");
        // who registered it, by name
        assertThat(history.getLast().detail()).isEqualTo("Fixture dispatcher");
    }

    @Test
    void globalSearchFindsCustomersAndEquipmentOfThisTenantOnly() {
        Equipment item = boiler();
        assertThat(search.search("țurcanu", 5))
                .extracting(SearchHit::route)
                .contains("customers/" + item.getCustomer().getId());
        assertThat(search.search("745111", 5)).extracting(SearchHit::title).contains("Ștefan Țurcanu");
        assertThat(search.search("stefan@ex", 5)).isNotEmpty();
        assertThat(search.search("sn-ţur", 5)).extracting(SearchHit::route).contains("equipment/" + item.getId());
        assertThat(search.search("a", 5)).isEmpty();

        TenantId other = fixtures.newTenant();
        TenantContext.bind(other);
        fixtures.signIn(other, "dispatcher");
        assertThat(search.search("țurcanu", 5)).isEmpty();
        assertThat(search.search("SN-ŢUR", 5)).isEmpty();
    }
}
