package com.intervo.workshop.demo;

import com.intervo.crm.CustomerDraft;
import com.intervo.crm.CustomerService;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.tenancy.DemoContent;
import com.intervo.workshop.BenchWork;
import com.intervo.workshop.EntryDraft;
import com.intervo.workshop.Intake;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.SheetHandOver;
import com.intervo.workshop.SheetIntake;
import com.intervo.workshop.domain.WorkEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;

/**
 * Service sheets of the demo workspaces in every state: just received, in work, a question for the customer,
 * ready (its e-mail in the outbox), and an earlier repair handed over on the same customer's device.
 */
@Component
class DemoWorkshopData implements DemoContent {

    private final SheetIntake sheets;
    private final BenchWork bench;
    private final SheetHandOver handOver;
    private final CustomerService customers;

    DemoWorkshopData(SheetIntake sheets, BenchWork bench, SheetHandOver handOver, CustomerService customers) {
        this.bench = bench;
        this.handOver = handOver;
        this.sheets = sheets;
        this.customers = customers;
    }

    @Override
    public int demoOrder() {
        return 30;
    }

    @Override
    public void seed(DemoWorkspace workspace) {
        seed(workspace.language(), workspace::as);
    }

    /**
     * {@code as} runs work as one of the demo users (admin, dispatcher, technician, manager); a Czech workspace
     * ({@code language} "cs") gets Czech customers and texts.
     */
    private void seed(String language, BiConsumer<String, Runnable> as) {
        boolean czech = language.equals("cs");
        SheetDetails[] s = new SheetDetails[5];
        as.accept("dispatcher", () -> {
            s[0] = sheets.intake(walkIn(
                    czech ? "Jan Novák" : "Radu Marin",
                    "0722 456 789",
                    czech ? "jan.novak@example.cz" : "radu.marin@example.ro",
                    czech ? "cs" : "ro",
                    "LNV-TABM10-88123",
                    "Lenovo Tab M10",
                    czech ? "Nenabíjí se" : "Nu se încarcă",
                    czech ? "nabíječka" : "încărcător",
                    czech ? "poškrábaný displej" : "zgârieturi pe ecran",
                    "120",
                    4));
            s[1] = sheets.intake(walkIn(
                    czech ? "Eva Svobodová" : "Elena Georgescu",
                    "0733 111 222",
                    czech ? "eva@example.cz" : "elena.georgescu@example.ro",
                    czech ? "cs" : "ro",
                    "PF3ABC12",
                    "Lenovo ThinkPad T14",
                    czech ? "Prasklý displej" : "Ecran spart",
                    czech ? "bez příslušenství" : "fără accesorii",
                    czech ? "prasklina v rohu" : "fisură în colț",
                    "650",
                    6));
            s[2] = sheets.intake(walkIn(
                    czech ? "Petr Dvořák" : "Andrei Ionescu",
                    "0744 999 000",
                    czech ? "petr@example.cz" : "andrei.ionescu@example.ro",
                    czech ? "cs" : "ro",
                    "IMEI-356938035643809",
                    "Samsung Galaxy S21",
                    czech ? "Nefunguje mikrofon" : "Nu funcționează microfonul",
                    czech ? "obal" : "husă",
                    czech ? "bez viditelných vad" : "fără urme vizibile",
                    "200",
                    3));
            s[3] = sheets.intake(walkIn(
                    czech ? "Lucie Malá" : "Ioana Pop",
                    "0755 222 333",
                    czech ? "lucie@example.cz" : "ioana.pop@example.ro",
                    czech ? "cs" : "ro",
                    "DYS-V11-55120",
                    "Dyson V11",
                    czech ? "Vypíná se po minutě" : "Se oprește după un minut",
                    czech ? "hubice" : "accesorii aspirare",
                    czech ? "opotřebovaný" : "uzat",
                    "300",
                    5));
        });
        as.accept("technician", () -> {
            bench.take(s[1].id());
            bench.addEntry(
                    s[1].id(),
                    new EntryDraft(
                            WorkEntry.Kind.WORK,
                            czech ? "Diagnostika, objednán displej" : "Diagnoză, display comandat",
                            30,
                            new BigDecimal("80")));
            bench.take(s[2].id());
            bench.addEntry(
                    s[2].id(),
                    new EntryDraft(
                            WorkEntry.Kind.WORK,
                            czech ? "Vyčištěn konektor mikrofonu" : "Curățat conectorul microfonului",
                            25,
                            new BigDecimal("60")));
            bench.changeStatus(
                    s[2].id(), "question", czech ? "Vyměnit i baterii? (+450 Kč)" : "Înlocuim și bateria? (+180 RON)");
            bench.take(s[3].id());
            bench.addEntry(
                    s[3].id(),
                    new EntryDraft(
                            WorkEntry.Kind.WORK,
                            czech ? "Výměna akumulátoru" : "Înlocuit acumulatorul",
                            40,
                            new BigDecimal("240")));
            bench.changeStatus(s[3].id(), "ready", null);
            bench.take(s[0].id());
            bench.addEntry(
                    s[0].id(),
                    new EntryDraft(
                            WorkEntry.Kind.WORK,
                            czech ? "Výměna nabíjecího konektoru" : "Înlocuit mufa de încărcare",
                            35,
                            new BigDecimal("110")));
            bench.changeStatus(s[0].id(), "ready", null);
        });
        as.accept("dispatcher", () -> {
            handOver.handOver(s[0].id(), czech ? "Zákazník si zařízení vyzkoušel." : "Testat împreună cu clientul.");
            // the same customer is back with another device
            s[4] = sheets.intake(new Intake(
                    null,
                    s[0].customerId(),
                    null,
                    null,
                    new Equipment.Draft(
                            null,
                            null,
                            null,
                            null,
                            "XIA-RN12-77001",
                            "Xiaomi Redmi Note 12",
                            null,
                            null,
                            null,
                            null,
                            null,
                            Map.of()),
                    czech ? "Nefunguje dotyková vrstva" : "Nu răspunde la atingere",
                    null,
                    null,
                    new BigDecimal("250"),
                    LocalDate.now().plusDays(7),
                    Map.of(),
                    null,
                    false));
        });
    }

    private Intake walkIn(
            String name,
            String phone,
            String email,
            String language,
            String serial,
            String device,
            String problem,
            String accessories,
            String condition,
            String estimate,
            int days) {
        Customer customer = customers.create(new CustomerDraft(
                Customer.Kind.PERSON, name, null, email, phone, language, null, Map.of(), List.of(), List.of()));
        return new Intake(
                null,
                customer.getId(),
                null,
                null,
                new Equipment.Draft(null, null, null, null, serial, device, null, null, null, null, null, Map.of()),
                problem,
                accessories,
                condition,
                new BigDecimal(estimate),
                LocalDate.now().plusDays(days),
                Map.of(),
                null,
                false);
    }
}
