package com.intervo.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.crm.CatalogService;
import com.intervo.crm.CustomerDraft;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.domain.WorkEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the workshop's protocols print, read back from the PDF: no empty rows, no text twice. */
@TenantIntegrationTest
class ProtocolPrintsIT {

    @Autowired TenantFixtures fixtures;
    @Autowired SheetIntake sheetIntake;
    @Autowired BenchWork bench;
    @Autowired SheetHandOver handOver;
    @Autowired CatalogService catalogs;

    @AfterEach
    void signOut() {
        fixtures.signOut();
        TenantContext.clear();
    }

    <T> T as(TenantId tenant, String user, Supplier<T> work) {
        fixtures.signIn(tenant, user);
        return TenantContext.callAs(tenant, work);
    }

    static Intake walkIn(String serial, UUID typeId) {
        return new Intake(null, null, new CustomerDraft(Customer.Kind.PERSON, "Ana Lungu", null, "ana@example.ro",
                "0722 000 111", "ro", null, Map.of(), List.of(), List.of()), null,
                new Equipment.Draft(null, null, typeId, null, serial, "Samsung Galaxy S21", null, null, null, null,
                        null, Map.of()), "Nu se încarcă", "", "", null, LocalDate.now().plusDays(5), Map.of(), null,
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
        byte[] intake = as(tenant, "dispatcher", () -> sheetIntake.intakeProtocol(untyped.id()).pdf());
        com.intervo.dispatch.PdfImages.keep("intake.pdf", intake);
        List<String> lines = lines(intake);
        // no label without its value: "Tip", "Accesorii", "Stare vizuală" were printed empty
        assertThat(lines).doesNotContain("Tip", "Accesorii", "Stare vizuală");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Serie"));

        UUID type = as(tenant, "admin", () -> catalogs.saveEquipmentType(null, "Telefon mobil", null, null).getId());
        SheetDetails typed = as(tenant, "dispatcher", () -> sheetIntake.intake(walkIn("SN-PRINT-2", type)));
        assertThat(lines(as(tenant, "dispatcher", () -> sheetIntake.intakeProtocol(typed.id()).pdf())))
                .contains("Tip Telefon mobil");
    }

    @Test
    void theHandoverPrintsEachPieceOfWorkOnce() throws Exception {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        SheetDetails sheet = as(tenant, "dispatcher", () -> sheetIntake.intake(walkIn("SN-PRINT-3", null)));
        as(tenant, "technician", () -> bench.take(sheet.id()));
        as(tenant, "technician", () -> bench.addEntry(sheet.id(),
                new EntryDraft(WorkEntry.Kind.WORK, "Înlocuit portul de încărcare", 45, new BigDecimal("180"))));
        as(tenant, "technician", () -> bench.addEntry(sheet.id(),
                new EntryDraft(WorkEntry.Kind.WORK, "Curățat contactele bateriei", 10, null)));
        as(tenant, "dispatcher", () -> handOver.handOver(sheet.id(), null));
        byte[] handover = as(tenant, "dispatcher", () -> handOver.handoverProtocol(sheet.id()).pdf());
        com.intervo.dispatch.PdfImages.keep("handover.pdf", handover);
        String text = text(handover);
        // the charged work is in the price list, the rest in the text: each once
        assertThat(occurrences(text, "Înlocuit portul de încărcare")).isEqualTo(1);
        assertThat(occurrences(text, "Curățat contactele bateriei")).isEqualTo(1);
        assertThat(text).contains("180,00");
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
