package com.intervo.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.crm.domain.CatalogItem;
import com.intervo.crm.domain.Checklist;
import com.intervo.crm.domain.ChecklistPoint;
import com.intervo.crm.domain.EquipmentType;
import com.intervo.crm.domain.Manufacturer;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@TenantIntegrationTest
class CatalogIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    CatalogService catalogs;

    TenantId tenant;

    @BeforeEach
    void setUp() {
        tenant = fixtures.newTenant();
        TenantContext.bind(tenant);
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        TenantContext.clear();
    }

    @Test
    void adminsAndCatalogEditorsEditTechniciansAndDispatchersCannot() {
        fixtures.signIn(tenant, "technician");
        assertThatThrownBy(() -> catalogs.saveEquipmentType(null, "Gas boiler", null, null))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(tenant, "dispatcher");
        assertThatThrownBy(() -> catalogs.savePart(null, part("P-1"))).isInstanceOf(AccessDeniedException.class);
        // reading is for everyone
        assertThat(catalogs.equipmentTypes()).isEmpty();

        fixtures.signIn(tenant, "admin");
        assertThat(catalogs.saveEquipmentType(null, "Gas boiler", null, null).getName())
                .isEqualTo("Gas boiler");
        fixtures.signIn(tenant, "technician");
        assertThat(catalogs.equipmentTypes()).extracting(EquipmentType::getName).containsExactly("Gas boiler");
    }

    @Test
    void checklistsKeepTheirOrderDefectsAndCauses() {
        fixtures.signIn(tenant, "admin");
        Checklist saved = catalogs.saveChecklist(
                null,
                "Boiler service",
                List.of(
                        new ChecklistPoint.Draft(
                                "Gas tightness", true, List.of("Leak at the valve"), List.of("Worn gasket")),
                        new ChecklistPoint.Draft(
                                "Flue gas analysis",
                                true,
                                List.of("CO too high"),
                                List.of("Dirty burner", "Poor draught")),
                        new ChecklistPoint.Draft("Clean the heat exchanger", false, List.of(), List.of())));
        Checklist read = catalogs.checklist(saved.getId());
        assertThat(read.getPoints())
                .extracting(ChecklistPoint::getText)
                .containsExactly("Gas tightness", "Flue gas analysis", "Clean the heat exchanger");
        assertThat(read.getPoints().get(1).causes()).containsExactly("Dirty burner", "Poor draught");
        assertThat(read.getPoints().get(0).isMandatory()).isTrue();

        // reordering rewrites positions without tripping the unique position constraint
        catalogs.saveChecklist(
                saved.getId(),
                "Boiler service",
                List.of(
                        read.getPoints().get(2).toDraft(),
                        read.getPoints().get(0).toDraft()));
        assertThat(catalogs.checklist(saved.getId()).getPoints())
                .extracting(ChecklistPoint::getText)
                .containsExactly("Clean the heat exchanger", "Gas tightness");

        EquipmentType boiler = catalogs.saveEquipmentType(null, "Gas boiler", null, saved.getId());
        assertThat(boiler.getChecklist().getId()).isEqualTo(saved.getId());
    }

    @Test
    void duplicatesAndBadValuesAreRefusedNamingTheField() {
        fixtures.signIn(tenant, "admin");
        catalogs.saveManufacturer(null, "Vaillant");
        assertThatThrownBy(() -> catalogs.saveManufacturer(null, " vaillant "))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.field()).isEqualTo("name");
                });
        catalogs.savePart(null, part("VA-0020"));
        assertThatThrownBy(() -> catalogs.savePart(null, part("va-0020")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThatThrownBy(() -> catalogs.savePart(
                        null,
                        new CatalogItem.Draft(
                                "X", "Part", "pc", new BigDecimal("-1"), BigDecimal.TEN, "RON", BigDecimal.TEN)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("cost"));
        assertThatThrownBy(() -> catalogs.saveService(
                        null,
                        new CatalogItem.Draft(
                                "S", "Service", "h", BigDecimal.ONE, BigDecimal.TEN, "RON", new BigDecimal("120"))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("vatRate"));
        assertThatThrownBy(() -> catalogs.saveService(
                        null,
                        new CatalogItem.Draft(
                                "S", "Service", "h", BigDecimal.ONE, BigDecimal.TEN, "EURO", BigDecimal.TEN)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("currency"));
        assertThat(catalogs.parts()).hasSize(1);
        assertThat(catalogs.services()).isEmpty();
    }

    @Test
    void modelsBelongToAManufacturerAndATypeAndDeactivatedEntriesLeaveThePickLists() {
        fixtures.signIn(tenant, "admin");
        Manufacturer vaillant = catalogs.saveManufacturer(null, "Vaillant");
        EquipmentType boiler = catalogs.saveEquipmentType(null, "Gas boiler", null, null);
        EquipmentType pump = catalogs.saveEquipmentType(null, "Heat pump", null, null);
        var vuw = catalogs.saveModel(null, vaillant.getId(), boiler.getId(), "VUW INT II 306/5-5");
        catalogs.saveModel(null, vaillant.getId(), pump.getId(), "aroTHERM plus");
        assertThat(vuw.fullName()).isEqualTo("Vaillant VUW INT II 306/5-5");
        assertThat(catalogs.models(null, boiler.getId()))
                .extracting(m -> m.getName())
                .containsExactly("VUW INT II 306/5-5");
        catalogs.deactivate(CatalogService.CatalogKind.EQUIPMENT_TYPE, pump.getId());
        assertThat(catalogs.equipmentTypes()).extracting(EquipmentType::getName).containsExactly("Gas boiler");
    }

    @Test
    void anotherTenantHasItsOwnCatalogs() {
        fixtures.signIn(tenant, "admin");
        catalogs.saveEquipmentType(null, "Gas boiler", null, null);
        TenantId other = fixtures.newTenant();
        TenantContext.bind(other);
        fixtures.signIn(other, "admin");
        assertThat(catalogs.equipmentTypes()).isEmpty();
        assertThat(catalogs.saveEquipmentType(null, "Gas boiler", null, null).getName())
                .isEqualTo("Gas boiler");
    }

    private static CatalogItem.Draft part(String code) {
        return new CatalogItem.Draft(
                code,
                "Expansion vessel 8 l",
                "pc",
                new BigDecimal("180"),
                new BigDecimal("290.50"),
                "RON",
                new BigDecimal("19"));
    }
}
