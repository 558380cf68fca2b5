package com.intervo.kernel.documents;

import static com.intervo.kernel.documents.DocumentsTestSupport.pages;
import static com.intervo.kernel.documents.DocumentsTestSupport.signIn;
import static com.intervo.kernel.documents.DocumentsTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
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

    @Autowired TenantFixtures fixtures;
    @Autowired DocumentService documents;
    @Autowired DocumentTemplates templates;
    @Autowired UserDirectory users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static Map<String, Object> model(DocumentKind kind, Locale locale) {
        Map<String, Object> model = new HashMap<>(DocumentDefaults.sampleModel(kind, locale));
        model.remove("company");
        model.remove("terms");
        model.put("customer", Map.of("name", "Ștefan Țăranu " + ROMANIAN, "address", "Žerotínova 7 " + CZECH,
                "phone", "+40 744 000 111"));
        model.put("problem", RUSSIAN);
        model.put("findings", RUSSIAN);
        model.put("workDone", RUSSIAN);
        model.put("workNotCharged", RUSSIAN);
        model.put("items", List.of(Map.of("description", "Ремонт — " + CZECH, "quantity", BigDecimal.ONE,
                "unit", "шт.", "price", new BigDecimal("10.00"), "total", new BigDecimal("10.00"))));
        model.put("document", Map.of("number", "X-1", "date", LocalDate.of(2026, 11, 23)));
        return model;
    }

    @Test
    void everyDefaultInEveryLanguageKeepsRomanianCzechAndCyrillicText() {
        TenantId tenant = fixtures.newTenant();
        TenantContext.runAs(tenant, () -> {
            for (DocumentKind kind : DocumentKind.values()) {
                for (Locale locale : Messages.LOCALES) {
                    byte[] pdf = documents.render(kind, locale, model(kind, locale));
                    String text = text(pdf);
                    String where = kind + "/" + locale;
                    assertThat(pages(pdf)).as(where).isEqualTo(1);
                    assertThat(text).as(where).contains(ROMANIAN, CZECH, "Fixture " + tenant.key());
                    if (kind != DocumentKind.INVOICE) {
                        assertThat(text).as(where).contains(RUSSIAN);
                    } else {
                        assertThat(text).as(where).contains("Ремонт");
                    }
                    // the kind's default terms in the language are printed
                    String terms = DocumentDefaults.terms(kind, locale).lines().findFirst().orElseThrow();
                    assertThat(text).as(where).contains(terms.substring(0, 40));
                }
            }
        });
    }

    @Test
    void theLabelsOfEachLanguageComeOutRight() {
        TenantId tenant = fixtures.newTenant();
        TenantContext.runAs(tenant, () -> {
            assertThat(text(documents.render(DocumentKind.INTAKE_PROTOCOL, DocumentsTestSupport.RO,
                    model(DocumentKind.INTAKE_PROTOCOL, DocumentsTestSupport.RO))))
                    .contains("Problema reclamată", "Stare vizuală", "Termeni și condiții", "nume și semnătură");
            assertThat(text(documents.render(DocumentKind.HANDOVER_PROTOCOL, DocumentsTestSupport.CS,
                    model(DocumentKind.HANDOVER_PROTOCOL, DocumentsTestSupport.CS))))
                    .contains("Předávací protokol – výdej", "Provedené práce", "Celkem k úhradě", "jméno a podpis");
            assertThat(text(documents.render(DocumentKind.WORK_REPORT, DocumentsTestSupport.RU,
                    model(DocumentKind.WORK_REPORT, DocumentsTestSupport.RU))))
                    .contains("Акт выполненных работ", "Заключение", "Всего к оплате", "ФИО и подпись");
            assertThat(text(documents.render(DocumentKind.INVOICE, DocumentsTestSupport.EN,
                    model(DocumentKind.INVOICE, DocumentsTestSupport.EN))))
                    .contains("Invoice", "Supplier", "Due date", "Total");
        });
    }

    @Test
    void theIntakeProtocolShowsTheTrackingCodeAndItsQrImage() {
        TenantId tenant = fixtures.newTenant();
        byte[] pdf = TenantContext.callAs(tenant, () -> documents.render(DocumentKind.INTAKE_PROTOCOL,
                DocumentsTestSupport.RO, DocumentDefaults.sampleModel(DocumentKind.INTAKE_PROTOCOL,
                        DocumentsTestSupport.RO)));
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
        templates.save(DocumentKind.INTAKE_PROTOCOL, DocumentsTestSupport.RO, mine);
        assertThat(templates.template(DocumentKind.INTAKE_PROTOCOL, DocumentsTestSupport.RO).customized()).isTrue();
        String text = text(documents.render(DocumentKind.INTAKE_PROTOCOL, DocumentsTestSupport.RO,
                model(DocumentKind.INTAKE_PROTOCOL, DocumentsTestSupport.RO)));
        assertThat(text).contains("Protocolul nostru X-1", "Ștefan Țăranu", "Ремонт — " + CZECH + ": 10,00",
                "fără observații").doesNotContain("Proces-verbal de preluare");
        // other languages keep their default
        assertThat(templates.template(DocumentKind.INTAKE_PROTOCOL, DocumentsTestSupport.CS).customized()).isFalse();

        templates.reset(DocumentKind.INTAKE_PROTOCOL, DocumentsTestSupport.RO);
        assertThat(templates.template(DocumentKind.INTAKE_PROTOCOL, DocumentsTestSupport.RO).customized()).isFalse();
        assertThat(text(documents.render(DocumentKind.INTAKE_PROTOCOL, DocumentsTestSupport.RO,
                model(DocumentKind.INTAKE_PROTOCOL, DocumentsTestSupport.RO)))).contains("Proces-verbal de preluare");
    }

    @Test
    void termsPerKindAndLanguageReplaceTheDefaultAndBlankGoesBack() {
        TenantId tenant = fixtures.newTenant();
        signIn(users, tenant, "admin");
        templates.saveTerms(DocumentKind.QUOTE, DocumentsTestSupport.CS, "Záruka 24 měsíců, žádné výjimky.");
        String text = text(documents.render(DocumentKind.QUOTE, DocumentsTestSupport.CS,
                model(DocumentKind.QUOTE, DocumentsTestSupport.CS)));
        assertThat(text).contains("Záruka 24 měsíců, žádné výjimky.");
        // only that kind, only that language
        assertThat(text(documents.render(DocumentKind.INVOICE, DocumentsTestSupport.CS,
                model(DocumentKind.INVOICE, DocumentsTestSupport.CS)))).doesNotContain("Záruka 24 měsíců");
        assertThat(templates.terms(DocumentKind.INVOICE, DocumentsTestSupport.CS).customized()).isFalse();
        assertThat(templates.terms(DocumentKind.QUOTE, DocumentsTestSupport.RO).customized()).isFalse();
        templates.saveTerms(DocumentKind.QUOTE, DocumentsTestSupport.CS, "  ");
        assertThat(templates.terms(DocumentKind.QUOTE, DocumentsTestSupport.CS).customized()).isFalse();
    }

    @Test
    void theWorkReportHasItsOwnTermsNotTheWorkshopIntakes() {
        TenantId tenant = fixtures.newTenant();
        TenantContext.runAs(tenant, () -> {
            for (Locale locale : Messages.LOCALES) {
                String report = text(documents.render(DocumentKind.WORK_REPORT, locale,
                        model(DocumentKind.WORK_REPORT, locale)));
                String intake = text(documents.render(DocumentKind.INTAKE_PROTOCOL, locale,
                        model(DocumentKind.INTAKE_PROTOCOL, locale)));
                // the intake's "not collected within 90 days" and "back up your data" stay on the intake
                assertThat(intake).as(locale.toString()).contains("90");
                assertThat(report).as(locale.toString()).doesNotContain(" 90 ")
                        .contains(DocumentDefaults.terms(DocumentKind.WORK_REPORT, locale).substring(0, 30));
            }
            assertThat(text(documents.render(DocumentKind.WORK_REPORT, Locale.ENGLISH,
                    model(DocumentKind.WORK_REPORT, Locale.ENGLISH)))).doesNotContain("not collected")
                    .doesNotContain("back it up");
        });
    }
}
