package com.intervo.workshop.plus.demo;

import com.intervo.crm.CatalogService;
import com.intervo.crm.CustomerDraft;
import com.intervo.crm.domain.CatalogItem;
import com.intervo.crm.domain.ChecklistPoint;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.tenancy.DemoContent;
import com.intervo.workshop.Intake;
import com.intervo.workshop.plus.Evaluation;
import com.intervo.workshop.plus.Plus;
import com.intervo.workshop.plus.PlusDesk;
import com.intervo.workshop.plus.PlusIntake;
import com.intervo.workshop.plus.Quote;
import com.intervo.workshop.plus.Quotes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The Plus flow in the demo workspace (the one licensed for every module; Romanian): a laptop type with its
 * checklist, defects and causes, problems, services, labour and parts; one laptop evaluated with its quote sent and
 * waiting for the customer, and one still in evaluation (a point answered, the rest open).
 */
@Component
class DemoPlusData implements DemoContent {

    private final CatalogService catalog;
    private final PlusDesk desk;
    private final Evaluation evaluation;
    private final Quotes quotes;

    DemoPlusData(CatalogService catalog, PlusDesk desk, Evaluation evaluation, Quotes quotes) {
        this.catalog = catalog;
        this.desk = desk;
        this.evaluation = evaluation;
        this.quotes = quotes;
    }

    @Override
    public int demoOrder() {
        return 35;
    }

    @Override
    public void seed(DemoWorkspace workspace) {
        // everything goes through Plus's services, which check the license: see seedLicensed
    }

    @Override
    public void seedLicensed(DemoWorkspace workspace) {
        if (!workspace.everyModule()) {
            return;
        }
        Catalog[] made = new Catalog[1];
        workspace.as("admin", () -> made[0] = catalog(workspace.currency()));
        UUID[] sheets = new UUID[2];
        workspace.as("dispatcher", () -> {
            sheets[0] = intake(
                    made[0],
                    "Andrei Vasilescu",
                    "andrei.vasilescu@example.ro",
                    "0733 210 450",
                    "LPT-DEMO-0001",
                    "Lenovo ThinkPad T14",
                    "Ecranul are o fisură și pixeli morți după o cădere",
                    made[0].brokenScreen);
            sheets[1] = intake(
                    made[0],
                    "Elena Dumitru",
                    "elena.dumitru@example.ro",
                    "0745 118 902",
                    "LPT-DEMO-0002",
                    "HP EliteBook 840",
                    "Nu pornește, bateria pare umflată",
                    made[0].noStart);
        });
        workspace.as("technician", () -> {
            Evaluation.Sheet first = evaluation.of(sheets[0]);
            for (Evaluation.Point point : first.points()) {
                if (point.position() == 0) {
                    evaluation.answer(
                            sheets[0],
                            point.id(),
                            new Evaluation.Answer(
                                    point.version(),
                                    Evaluation.Result.PROBLEM,
                                    "Ecran spart",
                                    "Lovitură",
                                    "Fisură în colțul din stânga jos",
                                    List.of(
                                            new Evaluation.NeedDraft(
                                                    Plus.NeedKind.PART_REPLACE, made[0].display, BigDecimal.ONE),
                                            new Evaluation.NeedDraft(
                                                    Plus.NeedKind.LABOUR, made[0].labour, new BigDecimal("1.5")))));
                } else {
                    evaluation.answer(
                            sheets[0],
                            point.id(),
                            new Evaluation.Answer(point.version(), Evaluation.Result.OK, null, null, null, List.of()));
                }
            }
            evaluation.finish(sheets[0]);
            Evaluation.Point battery = evaluation.of(sheets[1]).points().get(2);
            evaluation.answer(
                    sheets[1],
                    battery.id(),
                    new Evaluation.Answer(
                            battery.version(),
                            Evaluation.Result.PROBLEM,
                            "Umflată",
                            "Uzură",
                            null,
                            List.of(new Evaluation.NeedDraft(
                                    Plus.NeedKind.PART_REPLACE, made[0].battery, BigDecimal.ONE))));
        });
        workspace.as("dispatcher", () -> {
            Quote draft = quotes.ofSheet(sheets[0]).getFirst();
            quotes.send(draft.id(), draft.version(), null);
        });
    }

    private UUID intake(
            Catalog c,
            String name,
            String email,
            String phone,
            String serial,
            String device,
            String problem,
            UUID problemId) {
        return desk.intake(new PlusIntake(
                        new Intake(
                                null,
                                null,
                                new CustomerDraft(
                                        Customer.Kind.PERSON,
                                        name,
                                        null,
                                        email,
                                        phone,
                                        "ro",
                                        null,
                                        Map.of(),
                                        List.of(),
                                        List.of()),
                                null,
                                new Equipment.Draft(
                                        null, null, c.type, null, serial, device, null, null, null, null, null,
                                        Map.of()),
                                problem,
                                "Încărcător",
                                "Zgârieturi pe capac",
                                null,
                                LocalDate.now().plusDays(5),
                                Map.of(),
                                null,
                                false),
                        List.of(problemId),
                        List.of(new PlusIntake.ServiceOrder(c.diagnostics, BigDecimal.ONE)),
                        "Recepționat cu încărcătorul original",
                        true,
                        Plus.Warranty.NONE,
                        null,
                        false))
                .sheet()
                .id();
    }

    private record Catalog(
            UUID type, UUID brokenScreen, UUID noStart, UUID diagnostics, UUID labour, UUID display, UUID battery) {}

    private Catalog catalog(String currency) {
        UUID checklist = catalog.saveChecklist(
                        null,
                        "Evaluare laptop",
                        List.of(
                                new ChecklistPoint.Draft(
                                        "Ecran",
                                        true,
                                        List.of("Ecran spart", "Pixeli morți"),
                                        List.of("Lovitură", "Presiune")),
                                new ChecklistPoint.Draft(
                                        "Tastatură și touchpad",
                                        true,
                                        List.of("Taste blocate"),
                                        List.of("Lichid vărsat")),
                                new ChecklistPoint.Draft(
                                        "Baterie", true, List.of("Umflată", "Nu ține încărcarea"), List.of("Uzură")),
                                new ChecklistPoint.Draft(
                                        "Alimentare și încărcare", false, List.of("Mufă slăbită"), List.of("Uzură"))))
                .getId();
        UUID type = catalog.saveEquipmentType(null, "Laptop", "Laptopuri și notebook-uri", checklist)
                .getId();
        return new Catalog(
                type,
                catalog.saveProblem(null, "Ecran spart", type).getId(),
                catalog.saveProblem(null, "Nu pornește", type).getId(),
                catalog.saveService(null, item("DIAG-L", "Diagnosticare laptop", "buc", "40", "120", currency))
                        .getId(),
                catalog.saveService(null, item("MAN-L", "Manoperă service laptop", "h", "60", "150", currency))
                        .getId(),
                catalog.savePart(null, item("DSP-156", "Display 15,6\" FHD", "buc", "350", "520", currency))
                        .getId(),
                catalog.savePart(null, item("BAT-L45", "Baterie laptop 45 Wh", "buc", "140", "260", currency))
                        .getId());
    }

    private static CatalogItem.Draft item(
            String code, String name, String unit, String cost, String price, String currency) {
        // the demo's standard VAT category (19 % until 31 July 2025, 21 % from 1 August 2025)
        return new CatalogItem.Draft(
                code, name, unit, new BigDecimal(cost), new BigDecimal(price), currency, null, "STANDARD");
    }
}
