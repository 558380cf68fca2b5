package com.intervo.workshop;

import static com.intervo.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.crm.CatalogService;
import com.intervo.crm.CustomerDraft;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.portal.PublicCodes;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Pdfs;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.domain.WorkEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the workshop's protocols print, read back from the PDF: no empty rows, no text twice. */
@TenantIntegrationTest
class ProtocolPrintsIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    SheetIntake sheetIntake;

    @Autowired
    BenchWork bench;

    @Autowired
    SheetHandOver handOver;

    @Autowired
    CatalogService catalogs;

    @AfterEach
    void signOut() {
        fixtures.signOut();
        TenantContext.clear();
    }

    static Intake walkIn(String serial, UUID typeId) {
        return new Intake(
                null,
                null,
                new CustomerDraft(
                        Customer.Kind.PERSON,
                        "Ana Lungu",
                        null,
                        "ana@example.ro",
                        "0722 000 111",
                        "ro",
                        null,
                        Map.of(),
                        List.of(),
                        List.of()),
                null,
                new Equipment.Draft(
                        null, null, typeId, null, serial, "Samsung Galaxy S21", null, null, null, null, null, Map.of()),
                "Nu se încarcă",
                "",
                "",
                null,
                LocalDate.now().plusDays(5),
                Map.of(),
                null,
                false);
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> lines(byte[] pdf) {
        return text(pdf).lines().map(String::strip).toList();
    }

    @Test
    void theIntakePrintsNoEmptyRowsAndTheTypeWhenThereIsOne() throws Exception {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        SheetDetails untyped = as(tenant, "dispatcher", () -> sheetIntake.intake(walkIn("SN-PRINT-1", null)));
        byte[] intake = as(
                tenant,
                "dispatcher",
                () -> sheetIntake.intakeProtocol(untyped.id()).pdf());
        com.intervo.dispatch.PdfImages.keep("intake.pdf", intake);
        List<String> lines = lines(intake);
        // no label without its value: "Tip", "Accesorii", "Stare vizuală" were printed empty
        assertThat(lines).doesNotContain("Tip", "Accesorii", "Stare vizuală");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Serie"));

        UUID type = as(
                tenant,
                "admin",
                () -> catalogs.saveEquipmentType(null, "Telefon mobil", null, null)
                        .getId());
        SheetDetails typed = as(tenant, "dispatcher", () -> sheetIntake.intake(walkIn("SN-PRINT-2", type)));
        assertThat(lines(as(
                        tenant,
                        "dispatcher",
                        () -> sheetIntake.intakeProtocol(typed.id()).pdf())))
                .contains("Tip Telefon mobil");
    }

    @Test
    void theHandoverPrintsEachPieceOfWorkOnce() throws Exception {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        SheetDetails sheet = as(tenant, "dispatcher", () -> sheetIntake.intake(walkIn("SN-PRINT-3", null)));
        as(tenant, "technician", () -> bench.take(sheet.id()));
        as(
                tenant,
                "technician",
                () -> bench.addEntry(
                        sheet.id(),
                        new EntryDraft(
                                WorkEntry.Kind.WORK, "Înlocuit portul de încărcare", 45, new BigDecimal("180"))));
        as(
                tenant,
                "technician",
                () -> bench.addEntry(
                        sheet.id(), new EntryDraft(WorkEntry.Kind.WORK, "Curățat contactele bateriei", 10, null)));
        as(tenant, "dispatcher", () -> handOver.handOver(sheet.id(), null));
        byte[] handover = as(
                tenant,
                "dispatcher",
                () -> handOver.handoverProtocol(sheet.id()).pdf());
        com.intervo.dispatch.PdfImages.keep("handover.pdf", handover);
        String text = text(handover);
        // the charged work is in the price list, the rest in the text: each once
        assertThat(occurrences(text, "Înlocuit portul de încărcare")).isEqualTo(1);
        assertThat(occurrences(text, "Curățat contactele bateriei")).isEqualTo(1);
        assertThat(text).contains("180,00");
    }

    static Intake person(String name, String language, String serial, String problem) {
        return new Intake(
                null,
                null,
                new CustomerDraft(
                        Customer.Kind.PERSON,
                        name,
                        null,
                        "client@example.ro",
                        "0722 000 111",
                        language,
                        null,
                        Map.of(),
                        List.of(),
                        List.of()),
                null,
                new Equipment.Draft(
                        null, null, null, null, serial, "Samsung Galaxy S21", null, null, null, null, null, Map.of()),
                problem,
                "Încărcător, husă",
                "Zgârieturi pe spate",
                new BigDecimal("420.5"),
                LocalDate.of(2099, 1, 31),
                Map.of(),
                null,
                false);
    }

    /** Logs a charged and an uncharged piece of work and hands the device over. */
    private void repairAndHandOver(TenantId tenant, SheetDetails sheet, String charged, String free, String notes) {
        as(tenant, "technician", () -> bench.take(sheet.id()));
        as(
                tenant,
                "technician",
                () -> bench.addEntry(
                        sheet.id(), new EntryDraft(WorkEntry.Kind.WORK, charged, 45, new BigDecimal("180"))));
        as(tenant, "technician", () -> bench.addEntry(sheet.id(), new EntryDraft(WorkEntry.Kind.WORK, free, 10, null)));
        as(tenant, "dispatcher", () -> handOver.handOver(sheet.id(), notes));
    }

    @Test
    void aRomanianCustomersProtocolsNameThemTheDeviceTheTermsAndTheAmounts() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        SheetDetails sheet = as(
                tenant,
                "dispatcher",
                () -> sheetIntake.intake(
                        person("Ștefan Țurcanu", "ro", "SN-ST-0042", "Ecranul nu se aprinde după o cădere")));
        String intake = Pdfs.text(as(
                tenant,
                "dispatcher",
                () -> sheetIntake.intakeProtocol(sheet.id()).pdf()));
        assertThat(intake)
                .contains(
                        "Proces-verbal de preluare",
                        sheet.number(),
                        "Client Ștefan Țurcanu",
                        "0722 000 111 · client@example.ro",
                        "Producător / model Samsung Galaxy S21",
                        "Serie / ID unic SN-ST-0042",
                        "Accesorii Încărcător, husă",
                        "Stare vizuală Zgârieturi pe spate",
                        "Ecranul nu se aprinde după o cădere",
                        "Cost estimat: 420,50 EUR",
                        "Termen promis: 31 ian. 2099",
                        PublicCodes.display(sheet.trackingCode()),
                        // the shipped terms, in the customer's language
                        "Termeni și condiții Echipamentul este preluat pentru diagnostic și reparație");

        repairAndHandOver(
                tenant, sheet, "Înlocuit ecranul și rama", "Curățat mufa de încărcare", "Testat împreună cu clientul");
        String handover = Pdfs.text(as(
                tenant,
                "dispatcher",
                () -> handOver.handoverProtocol(sheet.id()).pdf()));
        assertThat(handover)
                .contains(
                        "Proces-verbal de predare",
                        "Client Ștefan Țurcanu",
                        "SN-ST-0042",
                        "Curățat mufa de încărcare",
                        "Înlocuit ecranul și rama 1 180,00 180,00",
                        "Subtotal 180,00 EUR",
                        "Total de plată 180,00 EUR",
                        "Testat împreună cu clientul")
                .doesNotContain("Cost estimat");
    }

    @Test
    void aCzechCustomersProtocolsAreInCzech() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        SheetDetails sheet = as(
                tenant,
                "dispatcher",
                () -> sheetIntake.intake(person("Jiří Řezníček", "cs", "SN-CZ-0007", "Nejde nabíjet, přehřívá se")));
        String intake = Pdfs.text(as(
                tenant,
                "dispatcher",
                () -> sheetIntake.intakeProtocol(sheet.id()).pdf()));
        assertThat(intake)
                .contains(
                        "Předávací protokol – příjem",
                        "Zákazník Jiří Řezníček",
                        "Výrobní č. / ID SN-CZ-0007",
                        "Nejde nabíjet, přehřívá se",
                        "Odhadovaná cena: 420,50 EUR",
                        "Zařízení je převzato k diagnostice a opravě")
                .doesNotContain("Proces-verbal", "Client ");

        repairAndHandOver(tenant, sheet, "Vyměněná baterie", "Vyčištěný konektor", "Předáno v pořádku");
        String handover = Pdfs.text(as(
                tenant,
                "dispatcher",
                () -> handOver.handoverProtocol(sheet.id()).pdf()));
        assertThat(handover)
                .contains(
                        "Předávací protokol – výdej",
                        "Zákazník Jiří Řezníček",
                        "SN-CZ-0007",
                        "Vyčištěný konektor",
                        "Vyměněná baterie 1 180,00 180,00",
                        "Celkem k úhradě 180,00 EUR",
                        "Předáno v pořádku");
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
