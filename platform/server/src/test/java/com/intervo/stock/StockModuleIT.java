package com.intervo.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.kernel.customization.CustomFieldDraft;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.CustomFieldType;
import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.customization.CustomizationException;
import com.intervo.kernel.documents.DocumentKind;
import com.intervo.kernel.documents.DocumentService;
import com.intervo.kernel.documents.DocumentTemplates;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantChangelog;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.stock.domain.Warehouse;
import com.intervo.stock.domain.Warehouses;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Stock module is added by its own folder only: its manifest declares its tenant changelog (the warehouse
 * table) and a kind of document with default templates in four languages, and the platform takes both up.
 */
@TenantIntegrationTest
class StockModuleIT extends SpringBrowserlessTest {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    TenantChangelog changelog;

    @Autowired
    Warehouses warehouses;

    @Autowired
    DocumentService documents;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DocumentTemplates templates;

    @Autowired
    CustomFieldService customFields;

    @AfterEach
    void signOut() {
        fixtures.signOut();
        TenantContext.clear();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theStockChangelogRunsAfterThePlatformsAndAStockWorkspaceHasTheWarehouseTable() {
        assertThat(changelog.changelogs())
                .containsSubsequence(
                        "db/changelog/tenant/platform.xml",
                        "db/changelog/tenant/crm/changelog.xml",
                        "db/changelog/tenant/stock/changelog.xml");
        TenantId tenant = fixtures.newTenant(ModuleKey.STOCK);
        assertThat(jdbc.queryForList(
                        "select column_name from information_schema.columns"
                                + " where table_schema = ? and table_name = 'warehouse'",
                        String.class,
                        tenant.schema()))
                .containsExactlyInAnyOrder(
                        "id",
                        "version",
                        "created_at",
                        "created_by",
                        "updated_at",
                        "updated_by",
                        "code",
                        "name",
                        "address",
                        "active");
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + tenant.schema()
                                + ".databasechangelog where id = 'stock-001-warehouse'",
                        Long.class))
                .isOne();
    }

    @Test
    void theGoodsReceiptIsListedInDocumentsSettingsAndPrintsInEveryLanguage() throws IOException {
        TenantId tenant = fixtures.newTenant(ModuleKey.STOCK);
        fixtures.signIn(tenant, "admin");
        navigate("admin/documents", Component.class);
        @SuppressWarnings("unchecked")
        Select<DocumentKind> kinds = find(Select.class).withId("documents-kind").single();
        List<DocumentKind> listed = kinds.getListDataView().getItems().toList();
        assertThat(listed).contains(StockModule.GOODS_RECEIPT);
        assertThat(kinds.getItemLabelGenerator().apply(StockModule.GOODS_RECEIPT))
                .isEqualTo("Goods receipt");

        Map<Locale, String> titles = Map.of(
                Locale.ENGLISH,
                "Goods receipt",
                Locale.forLanguageTag("ro"),
                "Notă de intrare-recepție",
                Locale.forLanguageTag("ru"),
                "Приходный ордер",
                Locale.forLanguageTag("cs"),
                "Příjemka");
        for (Locale locale : Messages.LOCALES) {
            String text = text(TenantContext.callAs(
                    tenant,
                    () -> documents.render(
                            StockModule.GOODS_RECEIPT,
                            locale,
                            documents.sampleModel(StockModule.GOODS_RECEIPT, locale))));
            assertThat(text)
                    .as(locale.toString())
                    .contains(titles.get(locale), "NIR-2026-00042", "AV-2026-1187", "Fixture " + tenant.key());
        }
    }

    @Test
    void keysNoModuleRegistersAreRefused() {
        TenantId tenant = fixtures.newTenant(ModuleKey.STOCK);
        fixtures.signIn(tenant, "admin");
        TenantContext.runAs(tenant, () -> {
            assertThatThrownBy(() -> templates.template(DocumentKind.of("PACKING_SLIP"), Locale.ENGLISH))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("No module registers the document kind PACKING_SLIP");
            assertThatThrownBy(() -> templates.saveTerms(DocumentKind.of("PACKING_SLIP"), Locale.ENGLISH, "x"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> customFields.create(new CustomFieldDraft(
                            CustomizableEntity.of("WAREHOUSE"),
                            null,
                            "zone",
                            CustomFieldType.TEXT,
                            false,
                            Map.of("en", "Zone"),
                            Map.of(),
                            List.of())))
                    .isInstanceOfSatisfying(
                            CustomizationException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("customization.error.entity-unknown"));
            // the registered ones work
            assertThat(templates
                            .template(StockModule.GOODS_RECEIPT, Locale.ENGLISH)
                            .customized())
                    .isFalse();
            assertThat(customFields
                            .create(new CustomFieldDraft(
                                    CustomizableEntity.CUSTOMER,
                                    null,
                                    "zone",
                                    CustomFieldType.TEXT,
                                    false,
                                    Map.of("en", "Zone"),
                                    Map.of(),
                                    List.of()))
                            .key())
                    .isEqualTo("zone");
        });
    }

    @Test
    void aWorkspaceSeesOnlyItsOwnWarehouses() {
        TenantId a = fixtures.newTenant(ModuleKey.STOCK);
        TenantId b = fixtures.newTenant(ModuleKey.STOCK);
        TenantContext.runAs(
                a,
                () -> tx.executeWithoutResult(
                        s -> warehouses.save(new Warehouse("MAIN", "Magazie centrală", "Str. Mărășești 12, Iași"))));
        TenantContext.runAs(
                a,
                () -> tx.executeWithoutResult(s -> warehouses.save(new Warehouse("VAN-1", "Duba lui Andrei", null))));
        // the same code is free in another workspace
        TenantContext.runAs(
                b,
                () -> tx.executeWithoutResult(
                        s -> warehouses.save(new Warehouse("MAIN", "Hlavní sklad", "Křižíkova 18, Praha 8"))));

        List<Warehouse> ofA = TenantContext.callAs(a, () -> tx.execute(s -> warehouses.findAll()));
        List<Warehouse> ofB = TenantContext.callAs(b, () -> tx.execute(s -> warehouses.findAll()));
        assertThat(ofA).extracting(Warehouse::getName).containsExactlyInAnyOrder("Magazie centrală", "Duba lui Andrei");
        assertThat(ofB).extracting(Warehouse::getName).containsExactly("Hlavní sklad");
        Optional<Warehouse> vanSeenByB = TenantContext.callAs(b, () -> tx.execute(s -> warehouses.findByCode("VAN-1")));
        assertThat(vanSeenByB).isEmpty();
        // within a workspace a code is unique, and the database says so
        assertThatThrownBy(() -> TenantContext.runAs(
                        a,
                        () -> tx.executeWithoutResult(
                                s -> warehouses.saveAndFlush(new Warehouse("MAIN", "Second main", null)))))
                .isInstanceOf(DataIntegrityViolationException.class);
        // no workspace, no rows
        assertThatThrownBy(() -> tx.execute(s -> warehouses.findAll())).isNotNull();
    }
}
