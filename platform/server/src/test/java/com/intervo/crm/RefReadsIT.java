package com.intervo.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.crm.domain.ChecklistPoint;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.crm.domain.Site;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The records other modules read are read from the columns (two statements for customers, one for equipment); they
 * must say exactly what the entities say — model, free name, type or serial as the display name, the type's
 * checklist, sites in their order — and never another workspace's rows.
 */
@TenantIntegrationTest
class RefReadsIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    CatalogService catalogs;

    @Autowired
    CustomerService customers;

    @Autowired
    EquipmentService equipment;

    @Autowired
    RefReads refReads;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void recordsReadFromColumnsEqualThoseMadeFromTheEntities() {
        TenantId tenant = fixtures.newTenant(ModuleKey.DISPATCH);
        fixtures.signIn(tenant, "admin");
        var checklist = catalogs.saveChecklist(
                null, "Revizie", List.of(new ChecklistPoint.Draft("Etanșeitate", true, List.of(), List.of())));
        var type = catalogs.saveEquipmentType(null, "Centrală termică", null, checklist.getId());
        var bare = catalogs.saveEquipmentType(null, "Boiler", null, null);
        var maker = catalogs.saveManufacturer(null, "Vaillant");
        var model = catalogs.saveModel(null, maker.getId(), type.getId(), "ecoTEC plus");
        Customer customer = customers.create(new CustomerDraft(
                Customer.Kind.COMPANY,
                "Termo Service SRL",
                "RO123",
                "office@termo.ro",
                "0264 000 000",
                "ro",
                null,
                Map.of(),
                List.of(),
                List.of(
                        new Site.Draft(
                                null,
                                "Sediu",
                                "Str. Lalelelor 5",
                                "Cluj-Napoca",
                                "Cluj",
                                "400000",
                                "RO",
                                new BigDecimal("46.770439"),
                                new BigDecimal("23.591423")),
                        new Site.Draft(null, "Depozit", "Str. Fabricii 1", "Turda", "Cluj", null, "RO", null, null))));
        UUID site = customer.getSites().get(1).getId();
        List<UUID> ids = List.of(
                register(customer, site, type.getId(), model.getId(), "SN-MODEL", null),
                register(customer, null, null, null, "SN-NAMED", "Pompa din subsol"),
                register(customer, null, bare.getId(), null, "SN-TYPED", null),
                register(customer, null, null, null, "SN-BARE", null));

        TenantContext.callAs(
                tenant,
                () -> transactions.execute(status -> {
                    Map<UUID, EquipmentRef> read = refReads.equipment(Set.copyOf(ids));
                    for (UUID id : ids) {
                        Equipment e = equipment.find(id).orElseThrow();
                        assertThat(read.get(id)).isEqualTo(EquipmentRef.of(e));
                    }
                    assertThat(read.get(ids.get(0)).displayName()).isEqualTo("Vaillant ecoTEC plus");
                    assertThat(read.get(ids.get(0)).typeChecklist()).isEqualTo("Revizie");
                    assertThat(read.get(ids.get(1)).displayName()).isEqualTo("Pompa din subsol");
                    assertThat(read.get(ids.get(2)).displayName()).isEqualTo("Boiler");
                    assertThat(read.get(ids.get(3)).displayName()).isEqualTo("SN-BARE");

                    CustomerRef ref =
                            refReads.customers(Set.of(customer.getId())).get(customer.getId());
                    assertThat(ref)
                            .isEqualTo(CustomerRef.of(
                                    customers.find(customer.getId()).orElseThrow()));
                    assertThat(ref.sites()).extracting(SiteRef::label).containsExactly("Sediu", "Depozit");
                    return null;
                }));

        // another workspace asking for the same ids gets nothing
        TenantId other = fixtures.newTenant(ModuleKey.DISPATCH);
        TenantContext.callAs(
                other,
                () -> transactions.execute(status -> {
                    assertThat(refReads.equipment(Set.copyOf(ids))).isEmpty();
                    assertThat(refReads.customers(Set.of(customer.getId()))).isEmpty();
                    return null;
                }));
    }

    private UUID register(Customer customer, UUID site, UUID type, UUID model, String serial, String name) {
        return equipment
                .register(new Equipment.Draft(
                        customer.getId(),
                        site,
                        type,
                        model,
                        serial,
                        name,
                        LocalDate.of(2024, 3, 1),
                        LocalDate.of(2027, 3, 1),
                        null,
                        null,
                        null,
                        Map.of()))
                .getId();
    }
}
