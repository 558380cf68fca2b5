package com.intervo.kernel.documents;

import static com.intervo.kernel.documents.DocumentsTestSupport.pages;
import static com.intervo.kernel.documents.DocumentsTestSupport.signIn;
import static com.intervo.kernel.documents.DocumentsTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.dispatch.DispatchModule;
import com.intervo.invoicing.InvoicingModule;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.WorkshopModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every default template in every language renders one A4 page whose text reads back right in every script. */
@TenantIntegrationTest
class DocumentsRenderingIT {

    static final String ROMANIAN = "ăâîșț ĂÂÎȘȚ";
    static final String CZECH = "ěščřžůý ĚŠČŘŽŮÝ";
    static final String RUSSIAN = "Съешь же ещё этих мягких французских булок";

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    DocumentService documents;

    @Autowired
    DocumentTemplates templates;

    @Autowired
    UserDirectory users;

    @Autowired
    DocumentKinds kinds;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Map<String, Object> model(DocumentKind kind, Locale locale) {
        Map<String, Object> model = new HashMap<>(kinds.sampleModel(kind, locale));
        model.remove("company");
        model.remove("terms");
        model.put(
                "customer",
                Map.of(
                        "name",
                        "Ștefan Țăranu " + ROMANIAN,
                        "address",
                        "Žerotínova 7 " + CZECH,
                        "phone",
                        "+40 744 000 111"));
        model.put("problem", RUSSIAN);
        model.put("findings", RUSSIAN);
        model.put("workDone", RUSSIAN);
        model.put("workNotCharged", RUSSIAN);
        model.put(
                "items",
                List.of(Map.of(
                        "description",
                        "Ремонт — " + CZECH,
                        "quantity",
                        BigDecimal.ONE,
                        "unit",
                        "шт.",
                        "price",
                        new BigDecimal("10.00"),
                        "total",
                        new BigDecimal("10.00"))));
        model.put("document", Map.of("number", "X-1", "date", LocalDate.of(2026, 11, 23)));
        return model;
    }

    @Test
    void everyDefaultInEveryLanguageKeepsRomanianCzechAndCyrillicText() {
        TenantId tenant = fixtures.newTenant();
        TenantContext.runAs(tenant, () -> {
            for (DocumentKind kind : List.of(
                    WorkshopModule.INTAKE_PROTOCOL,
                    WorkshopModule.HANDOVER_PROTOCOL,
                    DispatchModule.WORK_REPORT,
                    InvoicingModule.QUOTE,
                    InvoicingModule.INVOICE)) {
                for (Locale locale : Messages.LOCALES) {
                    byte[] pdf = documents.render(kind, locale, model(kind, locale));
                    String text = text(pdf);
                    String where = kind + "/" + locale;
                    assertThat(pages(pdf)).as(where).isEqualTo(1);
                    assertThat(text).as(where).contains(ROMANIAN, CZECH, "Fixture " + tenant.key());
                    if (!kind.equals(InvoicingModule.INVOICE)) {
                        assertThat(text).as(where).contains(RUSSIAN);
                    } else {
                        assertThat(text).as(where).contains("Ремонт");
                    }
                    // the kind's default terms in the language are printed
                    String terms =
                            kinds.defaultTerms(kind, locale).lines().findFirst().orElseThrow();
                    assertThat(text).as(where).contains(terms.substring(0, 40));
                }
            }
        });
    }

    @Test
    void theLabelsOfEachLanguageComeOutRight() {
        TenantId tenant = fixtures.newTenant();
        TenantContext.runAs(tenant, () -> {
            assertThat(text(documents.render(
                            WorkshopModule.INTAKE_PROTOCOL,
                            DocumentsTestSupport.RO,
                            model(WorkshopModule.INTAKE_PROTOCOL, DocumentsTestSupport.RO))))
                    .contains("Problema reclamată", "Stare vizuală", "Termeni și condiții", "nume și semnătură");
            assertThat(text(documents.render(
                            WorkshopModule.HANDOVER_PROTOCOL,
                            DocumentsTestSupport.CS,
                            model(WorkshopModule.HANDOVER_PROTOCOL, DocumentsTestSupport.CS))))
                    .contains("Předávací protokol – výdej", "Provedené práce", "Celkem k úhradě", "jméno a podpis");
            assertThat(text(documents.render(
                            DispatchModule.WORK_REPORT,
                            DocumentsTestSupport.RU,
                            model(DispatchModule.WORK_REPORT, DocumentsTestSupport.RU))))
                    .contains("Акт выполненных работ", "Заключение", "Всего к оплате", "ФИО и подпись");
            assertThat(text(documents.render(
                            InvoicingModule.INVOICE,
                            DocumentsTestSupport.EN,
                            model(InvoicingModule.INVOICE, DocumentsTestSupport.EN))))
                    .contains("Invoice", "Supplier", "Due date", "Total");
        });
    }

    @Test
    void theIntakeProtocolShowsTheTrackingCodeAndItsQrImage() {
        TenantId tenant = fixtures.newTenant();
        byte[] pdf = TenantContext.callAs(
                tenant,
                () -> documents.render(
                        WorkshopModule.INTAKE_PROTOCOL,
                        DocumentsTestSupport.RO,
                        kinds.sampleModel(WorkshopModule.INTAKE_PROTOCOL, DocumentsTestSupport.RO)));
        assertThat(text(pdf)).contains("K7Q-4M2-XP9", "Cod de urmărire");
        assertThat(DocumentsTestSupport.images(pdf)).isEqualTo(1);
    }

    @Test
    void aSavedTemplateIsUsedAndAResetBringsBackTheDefault() {
        TenantId tenant = fixtures.newTenant();
        signIn(users, tenant, "admin");
        String mine = """
                <html><head><style>body { font-family: "DejaVu Sans"; }</style></head>
                <body><h1>Protocolul nostru {{document.number}}</h1><p>{{customer.name}}</p>
                {{#items}}<p>{{description}}: {{total}}</p>{{/items}}{{^notes}}<p>fără observații</p>{{/notes}}</body></html>
                """;
        templates.save(WorkshopModule.INTAKE_PROTOCOL, DocumentsTestSupport.RO, mine);
        assertThat(templates
                        .template(WorkshopModule.INTAKE_PROTOCOL, DocumentsTestSupport.RO)
                        .customized())
                .isTrue();
        String text = text(documents.render(
                WorkshopModule.INTAKE_PROTOCOL,
                DocumentsTestSupport.RO,
                model(WorkshopModule.INTAKE_PROTOCOL, DocumentsTestSupport.RO)));
        assertThat(text)
                .contains("Protocolul nostru X-1", "Ștefan Țăranu", "Ремонт — " + CZECH + ": 10,00", "fără observații")
                .doesNotContain("Proces-verbal de preluare");
        // other languages keep their default
        assertThat(templates
                        .template(WorkshopModule.INTAKE_PROTOCOL, DocumentsTestSupport.CS)
                        .customized())
                .isFalse();

        templates.reset(WorkshopModule.INTAKE_PROTOCOL, DocumentsTestSupport.RO);
        assertThat(templates
                        .template(WorkshopModule.INTAKE_PROTOCOL, DocumentsTestSupport.RO)
                        .customized())
                .isFalse();
        assertThat(text(documents.render(
                        WorkshopModule.INTAKE_PROTOCOL,
                        DocumentsTestSupport.RO,
                        model(WorkshopModule.INTAKE_PROTOCOL, DocumentsTestSupport.RO))))
                .contains("Proces-verbal de preluare");
    }

    @Test
    void termsPerKindAndLanguageReplaceTheDefaultAndBlankGoesBack() {
        TenantId tenant = fixtures.newTenant();
        signIn(users, tenant, "admin");
        templates.saveTerms(InvoicingModule.QUOTE, DocumentsTestSupport.CS, "Záruka 24 měsíců, žádné výjimky.");
        String text = text(documents.render(
                InvoicingModule.QUOTE, DocumentsTestSupport.CS, model(InvoicingModule.QUOTE, DocumentsTestSupport.CS)));
        assertThat(text).contains("Záruka 24 měsíců, žádné výjimky.");
        // only that kind, only that language
        assertThat(text(documents.render(
                        InvoicingModule.INVOICE,
                        DocumentsTestSupport.CS,
                        model(InvoicingModule.INVOICE, DocumentsTestSupport.CS))))
                .doesNotContain("Záruka 24 měsíců");
        assertThat(templates
                        .terms(InvoicingModule.INVOICE, DocumentsTestSupport.CS)
                        .customized())
                .isFalse();
        assertThat(templates
                        .terms(InvoicingModule.QUOTE, DocumentsTestSupport.RO)
                        .customized())
                .isFalse();
        templates.saveTerms(InvoicingModule.QUOTE, DocumentsTestSupport.CS, "  ");
        assertThat(templates
                        .terms(InvoicingModule.QUOTE, DocumentsTestSupport.CS)
                        .customized())
                .isFalse();
    }

    @Test
    void theWorkReportHasItsOwnTermsNotTheWorkshopIntakes() {
        TenantId tenant = fixtures.newTenant();
        TenantContext.runAs(tenant, () -> {
            for (Locale locale : Messages.LOCALES) {
                String report = text(documents.render(
                        DispatchModule.WORK_REPORT, locale, model(DispatchModule.WORK_REPORT, locale)));
                String intake = text(documents.render(
                        WorkshopModule.INTAKE_PROTOCOL, locale, model(WorkshopModule.INTAKE_PROTOCOL, locale)));
                // the intake's "not collected within 90 days" and "back up your data" stay on the intake
                assertThat(intake).as(locale.toString()).contains("90");
                assertThat(report)
                        .as(locale.toString())
                        .doesNotContain(" 90 ")
                        .contains(kinds.defaultTerms(DispatchModule.WORK_REPORT, locale)
                                .substring(0, 30));
            }
            assertThat(text(documents.render(
                            DispatchModule.WORK_REPORT,
                            Locale.ENGLISH,
                            model(DispatchModule.WORK_REPORT, Locale.ENGLISH))))
                    .doesNotContain("not collected")
                    .doesNotContain("back it up");
        });
    }
}
