package com.intervo.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.crm.domain.EquipmentType;
import com.intervo.kernel.customization.CustomFieldDraft;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.CustomFieldType;
import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.customization.CustomizationSamples;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Custom fields on customers and equipment (API 422 naming the field), and all-or-nothing CSV import/export. */
@TenantIntegrationTest
class CrmCustomFieldsAndTransferIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    CatalogService catalogs;

    @Autowired
    CustomFieldService customFields;

    @Autowired
    CustomerService customers;

    @Autowired
    EquipmentService equipment;

    @Autowired
    CrmTransfer transfer;

    @LocalServerPort
    int port;

    TenantId tenant;
    EquipmentType boiler;

    @BeforeEach
    void setUp() {
        tenant = fixtures.newTenant();
        TenantContext.bind(tenant);
        fixtures.signIn(tenant, "admin");
        boiler = catalogs.saveEquipmentType(null, "Gas boiler", null, null);
        CustomizationSamples.gasBoilerFields(boiler.getId())
                .forEach(d -> customFields.create(d.key().equals("iscir_registration_no") ? d.withRequired(true) : d));
        customFields.create(new CustomFieldDraft(
                CustomizableEntity.CUSTOMER,
                null,
                "loyalty_no",
                CustomFieldType.TEXT,
                false,
                Map.of("en", "Loyalty card"),
                Map.of(),
                List.of()));
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        TenantContext.clear();
    }

    @Test
    void theApiRefusesAMissingRequiredFieldOrAWrongTypeAndNamesTheField() throws Exception {
        Http http = new Http(port);
        String token = fixtures.token(tenant, "dispatcher");
        String customer = CrmApiIT.field(
                http.postJson(
                                "/api/v1/crm/customers",
                                token,
                                "{\"kind\":\"PERSON\",\"name\":\"Ana\",\"customFields\":{\"loyalty_no\":\"L-77\"}}",
                                null)
                        .body(),
                "id");

        HttpResponse<String> missing = http.postJson(
                "/api/v1/crm/equipment",
                token,
                "{\"customerId\":\"" + customer + "\",\"typeId\":\"" + boiler.getId() + "\",\"serialNumber\":\"B-1\"}",
                "en");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("iscir_registration_no");

        HttpResponse<String> wrongType = http.postJson(
                "/api/v1/crm/equipment",
                token,
                "{\"customerId\":\"" + customer
                        + "\",\"typeId\":\"" + boiler.getId() + "\",\"serialNumber\":\"B-1\",\"customFields\":"
                        + "{\"iscir_registration_no\":\"CT-1\",\"iscir_due_date\":\"31.12.2026\"}}",
                "en");
        assertThat(wrongType.statusCode()).isEqualTo(422);
        assertThat(wrongType.body()).contains("iscir_due_date");
        assertThat(http.get("/api/v1/crm/equipment?serial=B-1", token).body()).contains("\"items\":[]");

        HttpResponse<String> ok = http.postJson(
                "/api/v1/crm/equipment",
                token,
                "{\"customerId\":\"" + customer
                        + "\",\"typeId\":\"" + boiler.getId() + "\",\"serialNumber\":\"B-1\",\"customFields\":"
                        + "{\"iscir_registration_no\":\"CT-12345/2021\",\"iscir_due_date\":\"2026-12-31\"}}",
                "en");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        // search includes custom field values
        assertThat(http.get("/api/v1/crm/equipment?q=ct-12345", token).body()).contains("B-1");
        assertThat(http.get("/api/v1/crm/customers?q=L-77", token).body()).contains(customer);
        // equipment of another type does not need the boiler's fields
        assertThat(http.postJson(
                                "/api/v1/crm/equipment",
                                token,
                                "{\"customerId\":\"" + customer + "\",\"serialNumber\":\"NO-TYPE-1\"}",
                                null)
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void anImportWithOneBadRowSavesNothingAndReportsTheRow() {
        String csv = """
                kind;name;tax_id;email;phone;city;cf.loyalty_no
                COMPANY;Hotel Carpați SRL;RO123;office@carpati.example.ro;0264 555 010;Brașov;L-1
                PERSON;;;;0700 000 000;Cluj;
                PERSON;Ion Popescu;;not-an-email;0722 123 456;Cluj;L-3
                """;
        CrmTransfer.Parsed parsed = transfer.parse(CrmTransfer.Kind.CUSTOMERS, csv);
        assertThat(parsed.rows()).hasSize(3);
        AtomicInteger progress = new AtomicInteger();
        CrmTransfer.Outcome outcome = transfer.importAll(parsed, Locale.ENGLISH, progress::set);
        assertThat(outcome.succeeded()).isFalse();
        assertThat(progress.get()).isEqualTo(3);
        assertThat(outcome.errors())
                .extracting(CrmTransfer.RowError::line, CrmTransfer.RowError::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "name"),
                        org.assertj.core.groups.Tuple.tuple(4L, "email"));
        assertThat(customers.count("")).isZero();
        String report = transfer.errorReport(parsed, outcome.errors());
        assertThat(report.lines()).hasSize(3);
        assertThat(report).contains("Not a valid e-mail address").contains("Ion Popescu");
    }

    @Test
    void aCleanImportSavesEveryRowAndTheExportReadsBack() {
        CrmTransfer.Outcome customersOutcome =
                transfer.importAll(transfer.parse(CrmTransfer.Kind.CUSTOMERS, """
                kind,name,tax_id,phone,city,latitude,longitude,cf.loyalty_no
                COMPANY,Hotel Carpați SRL,RO123,0264 555 010,Brașov,45.64268,25.588725,L-1
                PERSON,Ion Popescu,,0722 123 456,Cluj,,,
                """), Locale.ENGLISH, n -> {});
        assertThat(customersOutcome.imported()).isEqualTo(2);
        catalogs.saveModel(
                null, catalogs.saveManufacturer(null, "Vaillant").getId(), boiler.getId(), "VUW INT II 306/5-5");
        CrmTransfer.Outcome equipmentOutcome =
                transfer.importAll(transfer.parse(CrmTransfer.Kind.EQUIPMENT, """
                serial_number,customer_tax_id,customer,type,manufacturer,model,install_date,cf.iscir_registration_no,cf.iscir_due_date
                SN-1,RO123,,Gas boiler,Vaillant,VUW INT II 306/5-5,2021-05-01,CT-1,2027-01-31
                SN-2,,Ion Popescu,Gas boiler,,VUW INT II 306/5-5,,CT-2,2026-12-15
                """), Locale.ENGLISH, n -> {});
        assertThat(equipmentOutcome.errors()).isEmpty();
        assertThat(equipment.findBySerial("SN-1").orElseThrow().getCustomer().getName())
                .isEqualTo("Hotel Carpați SRL");
        assertThat(equipment.findBySerial("SN-2").orElseThrow().getCustomFields())
                .containsEntry("iscir_registration_no", "CT-2");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transfer.export(CrmTransfer.Kind.EQUIPMENT, out);
        String exported = out.toString(StandardCharsets.UTF_8);
        assertThat(exported)
                .contains("cf.iscir_registration_no")
                .contains("SN-1")
                .contains("Hotel Carpați SRL")
                .contains("VUW INT II 306/5-5")
                .contains("CT-2");
        // the export imports again into another workspace's format without changes to the columns
        CrmTransfer.Parsed again = transfer.parse(CrmTransfer.Kind.EQUIPMENT, exported);
        assertThat(again.rows()).hasSize(2);
        assertThat(again.columns()).containsAll(CrmTransfer.EQUIPMENT_COLUMNS);
    }

    @Test
    void listsFilterByTypeAndByOneCustomFieldValue() {
        var owner = customers.create(new CustomerDraft(
                com.intervo.crm.domain.Customer.Kind.PERSON,
                "Ana",
                null,
                null,
                null,
                null,
                null,
                Map.of(),
                List.of(),
                List.of()));
        EquipmentType pump = catalogs.saveEquipmentType(null, "Heat pump", null, null);
        equipment.register(new com.intervo.crm.domain.Equipment.Draft(
                owner.getId(),
                null,
                boiler.getId(),
                null,
                "B-10",
                null,
                null,
                null,
                null,
                null,
                null,
                Map.of("iscir_registration_no", "CT-10/2020", "iscir_due_date", "2026-06-30")));
        equipment.register(new com.intervo.crm.domain.Equipment.Draft(
                owner.getId(),
                null,
                boiler.getId(),
                null,
                "B-11",
                null,
                null,
                null,
                null,
                null,
                null,
                Map.of("iscir_registration_no", "CT-11/2020", "iscir_due_date", "2027-01-31")));
        equipment.register(new com.intervo.crm.domain.Equipment.Draft(
                owner.getId(), null, pump.getId(), null, "P-1", null, null, null, null, null, null, Map.of()));

        assertThat(equipment.search(new EquipmentService.Filter("", boiler.getId(), null), 0, 50))
                .extracting(com.intervo.crm.domain.Equipment::getSerialNumber)
                .containsExactly("B-10", "B-11");
        var byDue = new EquipmentService.Filter(
                "",
                boiler.getId(),
                new com.intervo.kernel.customization.CustomFieldFilter("iscir_due_date", "2027-01-31"));
        assertThat(equipment.search(byDue, 0, 50))
                .extracting(com.intervo.crm.domain.Equipment::getSerialNumber)
                .containsExactly("B-11");
        assertThat(equipment.count(byDue)).isEqualTo(1);
        var byText = new EquipmentService.Filter(
                "",
                boiler.getId(),
                new com.intervo.kernel.customization.CustomFieldFilter("iscir_registration_no", "ct-10"));
        assertThat(equipment.search(byText, 0, 50))
                .extracting(com.intervo.crm.domain.Equipment::getSerialNumber)
                .containsExactly("B-10");
        // a value the field's type refuses is an error, not an empty list that looks like an answer
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> equipment.search(
                        new EquipmentService.Filter(
                                "",
                                boiler.getId(),
                                new com.intervo.kernel.customization.CustomFieldFilter("iscir_due_date", "soon")),
                        0,
                        50))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unreadableFilesAndMissingColumnsAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> transfer.parse(CrmTransfer.Kind.EQUIPMENT, "name,phone\nAna,1\n"))
                .isInstanceOf(com.intervo.kernel.errors.DomainException.class)
                .hasMessageContaining("crm.import.missing-column");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> transfer.parse(CrmTransfer.Kind.CUSTOMERS, "name,phone\n\"Ana,1\n"))
                .isInstanceOf(com.intervo.kernel.errors.DomainException.class);
    }
}
