package com.intervo.crm.demo;

import com.intervo.crm.CatalogService;
import com.intervo.crm.CustomerDraft;
import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.VatRateService;
import com.intervo.crm.domain.CatalogItem;
import com.intervo.crm.domain.ChecklistPoint;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.CustomerContact;
import com.intervo.crm.domain.Equipment;
import com.intervo.crm.domain.EquipmentModel;
import com.intervo.crm.domain.EquipmentType;
import com.intervo.crm.domain.Manufacturer;
import com.intervo.crm.domain.Site;
import com.intervo.kernel.company.CompanyDetails;
import com.intervo.kernel.company.CompanyProfiles;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.CustomizationSamples;
import com.intervo.kernel.tenancy.DemoContent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Catalogs, customers and equipment of the demo workspace: a boiler service company in Romania. */
@Component
class DemoCrmData implements DemoContent {

    private final CatalogService catalogs;
    private final CustomerService customers;
    private final EquipmentService equipment;

    private final CustomFieldService customFields;
    private final CompanyProfiles companyProfiles;
    private final VatRateService vatRates;

    DemoCrmData(
            CatalogService catalogs,
            CustomerService customers,
            EquipmentService equipment,
            CustomFieldService customFields,
            CompanyProfiles companyProfiles,
            VatRateService vatRates) {
        this.vatRates = vatRates;
        this.customFields = customFields;
        this.companyProfiles = companyProfiles;
        this.catalogs = catalogs;
        this.customers = customers;
        this.equipment = equipment;
    }

    static final String STANDARD = "STANDARD";

    @Override
    public int demoOrder() {
        return 10;
    }

    /** Only the workspace with every module has customers and equipment to start with. */
    @Override
    public void seed(DemoWorkspace workspace) {
        if (workspace.everyModule()) {
            workspace.as("admin", () -> seed(workspace.currency()));
        }
    }

    /** Runs with the demo tenant bound and its admin signed in. */
    void seed(String currency) {
        companyProfiles.save(new CompanyDetails(
                "Demo Service SRL",
                "RO18547290",
                "J12/345/2015",
                "Str. Fabricii 12",
                "Cluj-Napoca",
                "Cluj",
                "400000",
                "RO",
                "0264 100 200",
                "office@demo-service.example.ro",
                "https://demo-service.example.ro",
                "Banca Transilvania",
                "RO49AAAA1B31007593840000"));
        var checklist = catalogs.saveChecklist(
                null,
                "Revizie centrală termică",
                List.of(
                        new ChecklistPoint.Draft(
                                "Verificare etanșeitate instalație gaz",
                                true,
                                List.of("Scăpări de gaz la racord"),
                                List.of("Garnitură uzată")),
                        new ChecklistPoint.Draft(
                                "Analiza gazelor arse",
                                true,
                                List.of("CO peste limită"),
                                List.of("Arzător murdar", "Tiraj insuficient")),
                        new ChecklistPoint.Draft("Curățare schimbător de căldură", false, List.of(), List.of()),
                        new ChecklistPoint.Draft(
                                "Verificare presiune vas de expansiune",
                                true,
                                List.of("Presiune scăzută"),
                                List.of("Membrană perforată"))));
        EquipmentType boiler = catalogs.saveEquipmentType(
                null, "Centrală termică pe gaz", "Centrale murale și în pardoseală, supuse ISCIR", checklist.getId());
        CustomizationSamples.gasBoilerFields(boiler.getId()).forEach(customFields::create);
        EquipmentType heatPump = catalogs.saveEquipmentType(null, "Pompă de căldură", null, null);
        Manufacturer vaillant = catalogs.saveManufacturer(null, "Vaillant");
        Manufacturer ariston = catalogs.saveManufacturer(null, "Ariston");
        EquipmentModel vuw = catalogs.saveModel(null, vaillant.getId(), boiler.getId(), "VUW INT II 306/5-5");
        EquipmentModel clas = catalogs.saveModel(null, ariston.getId(), boiler.getId(), "Clas One 24");
        catalogs.saveModel(null, vaillant.getId(), heatPump.getId(), "aroTHERM plus VWL 75/6");
        catalogs.saveProblem(null, "Nu pornește", boiler.getId());
        catalogs.saveProblem(null, "Nu încălzește apa menajeră", boiler.getId());
        catalogs.saveProblem(null, "Pierde presiune", boiler.getId());
        // Romania's standard VAT: 19 % until 31 July 2025, 21 % from 1 August 2025 (Law 141/2025)
        vatRates.add(STANDARD, LocalDate.of(2017, 1, 1), new BigDecimal("19"));
        vatRates.add(STANDARD, LocalDate.of(2025, 8, 1), new BigDecimal("21"));
        catalogs.saveService(
                null,
                new CatalogItem.Draft(
                        "REV-CT",
                        "Revizie anuală centrală termică",
                        "buc",
                        new BigDecimal("120"),
                        new BigDecimal("250"),
                        currency,
                        null,
                        STANDARD));
        catalogs.saveService(
                null,
                new CatalogItem.Draft(
                        "MAN-H",
                        "Manoperă",
                        "h",
                        new BigDecimal("60"),
                        new BigDecimal("150"),
                        currency,
                        null,
                        STANDARD));
        catalogs.savePart(
                null,
                new CatalogItem.Draft(
                        "VA-0020",
                        "Vas de expansiune 8 l",
                        "buc",
                        new BigDecimal("180"),
                        new BigDecimal("290"),
                        currency,
                        null,
                        STANDARD));
        catalogs.savePart(
                null,
                new CatalogItem.Draft(
                        "GAR-34",
                        "Garnitură racord 3/4",
                        "buc",
                        new BigDecimal("2.5"),
                        new BigDecimal("8"),
                        currency,
                        null,
                        STANDARD));

        Customer popescu = customers.create(new CustomerDraft(
                Customer.Kind.PERSON,
                "Ion Popescu",
                null,
                "ion.popescu@example.ro",
                "0722 123 456",
                "ro",
                null,
                Map.of(),
                List.of(),
                List.of(new Site.Draft(
                        null,
                        "Acasă",
                        "Str. Lalelelor 5",
                        "Cluj-Napoca",
                        "Cluj",
                        "400000",
                        "RO",
                        new BigDecimal("46.770439"),
                        new BigDecimal("23.591423")))));
        Customer hotel = customers.create(new CustomerDraft(
                Customer.Kind.COMPANY,
                "Hotel Carpați SRL",
                "RO12345678",
                "office@hotelcarpati.example.ro",
                "0264 555 010",
                "ro",
                "Acces prin curtea din spate",
                Map.of(),
                List.of(new CustomerContact.Draft(
                        "Andreea Mureșan", "Administrator", "andreea@hotelcarpati.example.ro", "0744 000 111")),
                List.of(new Site.Draft(
                        null,
                        "Hotel",
                        "Bd. Eroilor 10",
                        "Brașov",
                        "Brașov",
                        "500030",
                        "RO",
                        new BigDecimal("45.642680"),
                        new BigDecimal("25.588725")))));
        equipment.register(new Equipment.Draft(
                popescu.getId(),
                popescu.getSites().getFirst().getId(),
                boiler.getId(),
                vuw.getId(),
                "21163500100253820006005531N1",
                null,
                LocalDate.now().minusYears(3),
                LocalDate.now().plusYears(2),
                null,
                new BigDecimal("46.770439"),
                new BigDecimal("23.591423"),
                Map.of(
                        "contract_no",
                        "CS-2024-118",
                        "iscir_registration_no",
                        "CT-12345/2021",
                        "iscir_due_date",
                        LocalDate.now().plusMonths(4).toString())));
        equipment.register(new Equipment.Draft(
                hotel.getId(),
                hotel.getSites().getFirst().getId(),
                boiler.getId(),
                clas.getId(),
                "ARC24-2019-778812",
                "Centrala 1 (subsol)",
                LocalDate.now().minusYears(6),
                LocalDate.now().minusYears(1),
                null,
                new BigDecimal("45.642680"),
                new BigDecimal("25.588725"),
                Map.of(
                        "iscir_registration_no",
                        "CT-88810/2019",
                        "iscir_due_date",
                        LocalDate.now().plusDays(20).toString())));
    }
}
