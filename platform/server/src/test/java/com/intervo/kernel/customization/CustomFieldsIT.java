package com.intervo.kernel.customization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.ActingAs;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.WithIntervoUser;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@TenantIntegrationTest
class CustomFieldsIT {

    static final Map<String, String> COLOUR = Map.of("en", "Colour", "ro", "Culoare", "ru", "Цвет", "cs", "Barva");

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    CustomFieldService service;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    com.intervo.kernel.tenancy.TenantDirectory directory;

    TenantId tenant;
    UUID boiler = UUID.randomUUID();
    UUID washer = UUID.randomUUID();

    /** A field of an equipment type needs the type to exist (a foreign key into the CRM's equipment types). */
    static void equipmentType(JdbcTemplate jdbc, TenantId tenant, UUID id, String name) {
        jdbc.update(
                "insert into " + tenant.schema() + ".equipment_type (id, version, created_at, created_by, "
                        + "updated_at, updated_by, name) values (?, 0, now(), 'test', now(), 'test', ?)",
                id,
                name);
    }

    @BeforeEach
    void setUp() {
        tenant = fixtures.newTenant();
        equipmentType(jdbc, tenant, boiler, "Gas boiler");
        equipmentType(jdbc, tenant, washer, "Washing machine");
        as(() -> {
            CustomizationSamples.gasBoilerFields(boiler).forEach(service::create);
            service.create(new CustomFieldDraft(
                    CustomizableEntity.EQUIPMENT,
                    null,
                    "floor",
                    CustomFieldType.NUMBER,
                    false,
                    Map.of("en", "Floor", "ro", "Etaj"),
                    Map.of(),
                    List.of()));
            service.create(new CustomFieldDraft(
                    CustomizableEntity.EQUIPMENT,
                    null,
                    "outdoor",
                    CustomFieldType.BOOLEAN,
                    false,
                    Map.of("en", "Outdoor", "ro", "Exterior"),
                    Map.of(),
                    List.of()));
            service.create(new CustomFieldDraft(
                    CustomizableEntity.EQUIPMENT,
                    washer,
                    "colour",
                    CustomFieldType.CHOICE,
                    false,
                    COLOUR,
                    Map.of("en", "As on the front panel"),
                    List.of(
                            new ChoiceOption("white", Map.of("en", "White", "ro", "Alb", "ru", "Белый", "cs", "Bílá")),
                            new ChoiceOption("inox", Map.of("en", "Stainless steel")))));
            return null;
        });
    }

    /** Runs in the fixture tenant as "system" (no signed-in user), whatever the test method runs as. */
    <T> T as(java.util.function.Supplier<T> action) {
        return ActingAs.asNobody(tenant, action);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void definitionsOfAnEquipmentTypeAreItsOwnPlusTheGeneralOnesInOrder() {
        assertThat(as(() -> service.definitions(CustomizableEntity.EQUIPMENT, boiler)))
                .extracting(CustomFieldDefinition::key)
                .containsExactly("contract_no", "iscir_registration_no", "iscir_due_date", "floor", "outdoor");
        assertThat(as(() -> service.definitions(CustomizableEntity.EQUIPMENT, washer)))
                .extracting(CustomFieldDefinition::key)
                .containsExactly("floor", "outdoor", "colour");
        assertThat(as(() -> service.definitions(CustomizableEntity.EQUIPMENT, null)))
                .extracting(CustomFieldDefinition::key)
                .containsExactly("floor", "outdoor");
        assertThat(as(() -> service.definitions(CustomizableEntity.CUSTOMER, null)))
                .isEmpty();
    }

    @Test
    void textsAndChoicesRoundTripThroughJsonb() {
        CustomFieldDefinition colour = as(() -> service.definitions(CustomizableEntity.EQUIPMENT, washer))
                .get(2);
        assertThat(colour.labels()).isEqualTo(COLOUR);
        assertThat(colour.helpTexts()).containsEntry("en", "As on the front panel");
        assertThat(colour.options())
                .containsExactly(
                        new ChoiceOption("white", Map.of("en", "White", "ro", "Alb", "ru", "Белый", "cs", "Bílá")),
                        new ChoiceOption("inox", Map.of("en", "Stainless steel")));
        assertThat(colour.label(Locale.forLanguageTag("cs"))).isEqualTo("Barva");
        assertThat(colour.option("inox").orElseThrow().label(Locale.forLanguageTag("ru")))
                .as("falls back to English")
                .isEqualTo("Stainless steel");
        String types = as(() -> tx.execute(s -> jdbc.queryForObject(
                "select jsonb_typeof(labels) || ',' "
                        + "|| jsonb_typeof(options) || ',' || (options -> 0 -> 'labels' ->> 'cs') from custom_field "
                        + "where field_key = 'colour'",
                String.class)));
        assertThat(types).isEqualTo("object,array,Bílá");
    }

    @Test
    void goodValuesAreNormalizedPerType() {
        Map<String, Object> boilerValues = as(() -> service.validate(
                CustomizableEntity.EQUIPMENT,
                boiler,
                map(
                        "contract_no",
                        "  C-2026/17 ",
                        "iscir_registration_no",
                        12345,
                        "iscir_due_date",
                        "2027-03-31",
                        "floor",
                        "2.50",
                        "outdoor",
                        "true")));
        assertThat(boilerValues)
                .containsExactly(
                        Map.entry("contract_no", "C-2026/17"),
                        Map.entry("iscir_registration_no", "12345"),
                        Map.entry("iscir_due_date", "2027-03-31"),
                        Map.entry("floor", new BigDecimal("2.50")),
                        Map.entry("outdoor", true));
        Map<String, Object> washerValues = as(() -> service.validate(
                CustomizableEntity.EQUIPMENT, washer, map("floor", 3, "outdoor", false, "colour", "inox")));
        assertThat(washerValues)
                .containsEntry("floor", new BigDecimal("3"))
                .containsEntry("outdoor", false)
                .containsEntry("colour", "inox");
        assertThat(as(() -> service.validate(
                        CustomizableEntity.EQUIPMENT,
                        boiler,
                        map(
                                "iscir_registration_no",
                                "R1",
                                "iscir_due_date",
                                LocalDate.of(2027, 1, 5),
                                "floor",
                                1.5d,
                                "contract_no",
                                ""))))
                .as("LocalDate and double accepted, blank optional dropped")
                .containsEntry("iscir_due_date", "2027-01-05")
                .containsEntry("floor", new BigDecimal("1.5"))
                .doesNotContainKey("contract_no");
    }

    @Test
    void badValuesAreRefusedFieldByField() {
        CustomFieldValidationException e = catchThrowableOfType(
                CustomFieldValidationException.class,
                () -> as(() -> service.validate(
                        CustomizableEntity.EQUIPMENT,
                        boiler,
                        map(
                                "iscir_due_date",
                                "31.03.2027",
                                "floor",
                                "two",
                                "outdoor",
                                "maybe",
                                "colour",
                                "white",
                                "nonsense",
                                "x"))));
        assertThat(e.problems())
                .extracting(
                        CustomFieldValidationException.Problem::fieldKey,
                        CustomFieldValidationException.Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("iscir_registration_no", "customization.error.required"),
                        org.assertj.core.groups.Tuple.tuple("iscir_due_date", "customization.error.not-a-date"),
                        org.assertj.core.groups.Tuple.tuple("floor", "customization.error.not-a-number"),
                        org.assertj.core.groups.Tuple.tuple("outdoor", "customization.error.not-a-boolean"),
                        org.assertj.core.groups.Tuple.tuple("colour", "customization.error.unknown-field"),
                        org.assertj.core.groups.Tuple.tuple("nonsense", "customization.error.unknown-field"));
        assertThatThrownBy(
                        () -> as(() -> service.validate(CustomizableEntity.EQUIPMENT, washer, map("colour", "purple"))))
                .isInstanceOfSatisfying(
                        CustomFieldValidationException.class,
                        ex -> assertThat(ex.problems())
                                .singleElement()
                                .satisfies(p ->
                                        assertThat(p.messageKey()).isEqualTo("customization.error.unknown-choice")));
        assertThatThrownBy(() -> as(() -> service.validate(
                        CustomizableEntity.EQUIPMENT,
                        boiler,
                        map("iscir_registration_no", "R1", "iscir_due_date", "2027-02-30"))))
                .as("impossible date")
                .isInstanceOf(CustomFieldValidationException.class);
        assertThatThrownBy(() -> as(() ->
                        service.validate(CustomizableEntity.EQUIPMENT, washer, map("floor", new BigDecimal("1e20")))))
                .isInstanceOf(CustomFieldValidationException.class);
        assertThatThrownBy(() ->
                        as(() -> service.validate(CustomizableEntity.EQUIPMENT, washer, map("outdoor", List.of(true)))))
                .isInstanceOf(CustomFieldValidationException.class);
    }

    @Test
    void deactivatedFieldsAreNotRequiredButKeepTheirValues() {
        CustomFieldDefinition registration = as(() -> service.definitions(CustomizableEntity.EQUIPMENT, boiler))
                .get(1);
        as(() -> service.setActive(registration.id(), false));
        Map<String, Object> values = as(() -> service.validate(
                CustomizableEntity.EQUIPMENT,
                boiler,
                map("iscir_due_date", "2027-03-31", "iscir_registration_no", "OLD-1")));
        assertThat(values).containsEntry("iscir_registration_no", "OLD-1");
        assertThat(as(() -> service.definitions(CustomizableEntity.EQUIPMENT, boiler)))
                .extracting(CustomFieldDefinition::key)
                .doesNotContain("iscir_registration_no");
        assertThat(as(() -> service.allDefinitions(CustomizableEntity.EQUIPMENT, boiler)))
                .extracting(CustomFieldDefinition::key)
                .contains("iscir_registration_no");
    }

    @Test
    void displayFormatsPerLocale() {
        Map<String, Object> stored = map(
                "iscir_due_date",
                "2027-03-31",
                "floor",
                new BigDecimal("1234.5"),
                "outdoor",
                true,
                "contract_no",
                "C-1");
        List<DisplayValue> ro =
                as(() -> service.display(CustomizableEntity.EQUIPMENT, boiler, stored, Locale.forLanguageTag("ro")));
        assertThat(ro)
                .extracting(DisplayValue::label)
                .containsExactly("Nr. contract", "Scadență ISCIR", "Etaj", "Exterior");
        assertThat(ro.get(1).value()).contains("2027").contains("mar");
        assertThat(ro.get(2).value()).isEqualTo("1.234,5");
        assertThat(ro.get(3).value()).isEqualTo("Da");
        List<DisplayValue> en = as(() -> service.display(CustomizableEntity.EQUIPMENT, boiler, stored, Locale.ENGLISH));
        assertThat(en.get(1).value()).isEqualTo("Mar 31, 2027");
        assertThat(en.get(2).value()).isEqualTo("1,234.5");
        assertThat(en.get(3).value()).isEqualTo("Yes");
        assertThat(en.get(2).label()).as("no Russian label: English").isEqualTo("Floor");
        List<DisplayValue> cs = as(() -> service.display(
                CustomizableEntity.EQUIPMENT,
                washer,
                map("colour", "white", "outdoor", false),
                Locale.forLanguageTag("cs")));
        assertThat(cs)
                .extracting(DisplayValue::label, DisplayValue::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Outdoor", "Ne"),
                        org.assertj.core.groups.Tuple.tuple("Barva", "Bílá"));
    }

    @Test
    void templatePlaceholdersNameEveryActiveField() {
        Map<String, String> placeholders = as(() -> service.placeholders(
                CustomizableEntity.EQUIPMENT,
                boiler,
                map("iscir_due_date", "2027-03-31", "outdoor", false),
                Locale.forLanguageTag("cs")));
        assertThat(placeholders)
                .containsOnlyKeys(
                        "custom.contract_no",
                        "custom.iscir_registration_no",
                        "custom.iscir_due_date",
                        "custom.floor",
                        "custom.outdoor");
        assertThat(placeholders.get("custom.contract_no")).isEmpty();
        assertThat(placeholders.get("custom.iscir_due_date")).contains("2027");
        assertThat(placeholders.get("custom.outdoor")).isEqualTo("Ne");
    }

    @Test
    void aRomanianWorkspaceNamesFieldsInRomanianOnlyAndTheKeysComeFromTheNames() {
        ActingAs.as(
                tenant, "admin", () -> directory.changeDefaults(tenant, "Fixture", "ro", "Europe/Bucharest", "RON"));
        CustomFieldDefinition inventory = as(() -> service.create(new CustomFieldDraft(
                CustomizableEntity.CUSTOMER,
                null,
                null,
                CustomFieldType.TEXT,
                false,
                Map.of("ro", "Număr de inventar"),
                Map.of(),
                List.of())));
        assertThat(inventory.key()).isEqualTo("numar_de_inventar");
        assertThat(inventory.label(Locale.ENGLISH)).isEqualTo("Număr de inventar");
        // the same name again: a key of its own
        CustomFieldDefinition again = as(() -> service.create(new CustomFieldDraft(
                CustomizableEntity.CUSTOMER,
                null,
                " ",
                CustomFieldType.TEXT,
                false,
                Map.of("ro", "Număr de inventar"),
                Map.of(),
                List.of())));
        assertThat(again.key()).isEqualTo("numar_de_inventar_2");
        CustomFieldDefinition metal = as(() -> service.create(new CustomFieldDraft(
                CustomizableEntity.CUSTOMER,
                null,
                null,
                CustomFieldType.CHOICE,
                false,
                Map.of("ro", "Categorie"),
                Map.of(),
                List.of(new ChoiceOption("", Map.of("ro", "Aur")), new ChoiceOption(null, Map.of("ro", "Argint"))))));
        assertThat(metal.options()).extracting(ChoiceOption::key).containsExactly("aur", "argint");

        // an English label alone is not enough in a Romanian workspace, for the field or a choice
        int before = as(() -> service.allDefinitions(CustomizableEntity.CUSTOMER, null))
                .size();
        CustomizationException english = catchThrowableOfType(
                CustomizationException.class,
                () -> as(() -> service.create(new CustomFieldDraft(
                        CustomizableEntity.CUSTOMER,
                        null,
                        null,
                        CustomFieldType.TEXT,
                        false,
                        Map.of("en", "Inventory no."),
                        Map.of(),
                        List.of()))));
        assertThat(english.messageKey()).isEqualTo("customization.error.label-required-in");
        assertThat(english.params()).containsExactly("Română");
        CustomizationException choice = catchThrowableOfType(
                CustomizationException.class,
                () -> as(() -> service.create(new CustomFieldDraft(
                        CustomizableEntity.CUSTOMER,
                        null,
                        null,
                        CustomFieldType.CHOICE,
                        false,
                        Map.of("ro", "Culoare"),
                        Map.of(),
                        List.of(new ChoiceOption("", Map.of("en", "Red")))))));
        assertThat(choice.messageKey()).isEqualTo("customization.error.option-label-required-in");
        assertThat(as(() -> service.allDefinitions(CustomizableEntity.CUSTOMER, null)))
                .hasSize(before);
        // the key stays what it was made: a change of name keeps it
        CustomFieldDefinition renamed =
                as(() -> service.update(inventory.id(), inventory.toDraft().withLabels(Map.of("ro", "Nr. inventar"))));
        assertThat(renamed.key()).isEqualTo("numar_de_inventar");
    }

    @Test
    void badDefinitionsAreRefusedAndNothingIsSaved() {
        int before = as(() -> service.allDefinitions(CustomizableEntity.EQUIPMENT, boiler))
                .size();
        List<CustomFieldDraft> bad = List.of(
                new CustomFieldDraft(
                        CustomizableEntity.EQUIPMENT,
                        null,
                        "Bad Key",
                        CustomFieldType.TEXT,
                        false,
                        Map.of("en", "x"),
                        Map.of(),
                        List.of()),
                new CustomFieldDraft(
                        CustomizableEntity.EQUIPMENT,
                        null,
                        "no_label",
                        CustomFieldType.TEXT,
                        false,
                        Map.of("ro", "Doar română"),
                        Map.of(),
                        List.of()),
                new CustomFieldDraft(
                        CustomizableEntity.EQUIPMENT,
                        boiler,
                        "floor",
                        CustomFieldType.TEXT,
                        false,
                        Map.of("en", "Clashes with a general field"),
                        Map.of(),
                        List.of()),
                new CustomFieldDraft(
                        CustomizableEntity.EQUIPMENT,
                        null,
                        "contract_no",
                        CustomFieldType.TEXT,
                        false,
                        Map.of("en", "Clashes with a type field"),
                        Map.of(),
                        List.of()),
                new CustomFieldDraft(
                        CustomizableEntity.CUSTOMER,
                        boiler,
                        "tier",
                        CustomFieldType.TEXT,
                        false,
                        Map.of("en", "Type only for equipment"),
                        Map.of(),
                        List.of()),
                new CustomFieldDraft(
                        CustomizableEntity.EQUIPMENT,
                        null,
                        "kind",
                        CustomFieldType.CHOICE,
                        false,
                        Map.of("en", "No options"),
                        Map.of(),
                        List.of()),
                new CustomFieldDraft(
                        CustomizableEntity.EQUIPMENT,
                        null,
                        "kind",
                        CustomFieldType.CHOICE,
                        false,
                        Map.of("en", "Duplicate options"),
                        Map.of(),
                        List.of(new ChoiceOption("a", Map.of("en", "A")), new ChoiceOption("a", Map.of("en", "B")))),
                new CustomFieldDraft(
                        CustomizableEntity.EQUIPMENT,
                        null,
                        "kind",
                        CustomFieldType.TEXT,
                        false,
                        Map.of("en", "German", "de", "Deutsch"),
                        Map.of(),
                        List.of()));
        List<String> keys = new ArrayList<>();
        for (CustomFieldDraft draft : bad) {
            keys.add(catchThrowableOfType(CustomizationException.class, () -> as(() -> service.create(draft)))
                    .messageKey());
        }
        assertThat(keys)
                .containsExactly(
                        "customization.error.key-format",
                        "customization.error.label-required-in",
                        "customization.error.duplicate-key",
                        "customization.error.duplicate-key",
                        "customization.error.type-only-for-equipment",
                        "customization.error.options-required",
                        "customization.error.duplicate-option",
                        "customization.error.language");
        assertThat(as(() -> service.allDefinitions(CustomizableEntity.EQUIPMENT, boiler)))
                .hasSize(before);

        CustomFieldDefinition contract = as(() -> service.definitions(CustomizableEntity.EQUIPMENT, boiler))
                .get(0);
        assertThat(catchThrowableOfType(
                                CustomizationException.class,
                                () -> as(() -> service.update(
                                        contract.id(),
                                        new CustomFieldDraft(
                                                CustomizableEntity.EQUIPMENT,
                                                boiler,
                                                "contract_no",
                                                CustomFieldType.NUMBER,
                                                false,
                                                Map.of("en", "x"),
                                                Map.of(),
                                                List.of()))))
                        .messageKey())
                .isEqualTo("customization.error.immutable");
        CustomFieldDefinition updated = as(() -> service.update(
                contract.id(), contract.toDraft().withRequired(true).withLabels(Map.of("en", "Contract number"))));
        assertThat(updated.required()).isTrue();
        assertThat(updated.labels()).containsOnlyKeys("en");
    }

    @Test
    void theDatabaseChecksBackTheRules() {
        assertThatThrownBy(
                        () -> as(
                                () -> tx.execute(
                                        s -> jdbc.update(
                                                "insert into custom_field (id, version, "
                                                        + "created_at, created_by, updated_at, updated_by, entity, field_key, field_type, labels) values "
                                                        + "(gen_random_uuid(), 0, now(), 'x', now(), 'x', 'CUSTOMER', 'Bad', 'TEXT', '{\"en\":\"x\"}')"))))
                .rootCause()
                .hasMessageContaining("custom_field_key_ck");
        assertThatThrownBy(
                        () -> as(
                                () -> tx.execute(
                                        s -> jdbc.update(
                                                "insert into custom_field (id, version, "
                                                        + "created_at, created_by, updated_at, updated_by, entity, field_key, field_type, labels) values "
                                                        + "(gen_random_uuid(), 0, now(), 'x', now(), 'x', 'CUSTOMER', 'kind', 'CHOICE', '{\"en\":\"x\"}')"))))
                .rootCause()
                .hasMessageContaining("custom_field_options_ck");
        assertThatThrownBy(
                        () -> as(
                                () -> tx.execute(
                                        s -> jdbc.update(
                                                "insert into custom_field (id, version, "
                                                        + "created_at, created_by, updated_at, updated_by, entity, field_key, field_type, labels) values "
                                                        + "(gen_random_uuid(), 0, now(), 'x', now(), 'x', 'CUSTOMER', 'kind', 'TEXT', '{\"ro\":\"  \", \"de\":\"x\"}')"))))
                .rootCause()
                .hasMessageContaining("custom_field_labels_ck");
    }

    @Test
    void reorderMovesFieldsAndKeepsOthersInPlace() {
        List<CustomFieldDefinition> before = as(() -> service.definitions(CustomizableEntity.EQUIPMENT, boiler));
        as(() -> {
            service.move(before.get(2).id(), boiler, -1);
            return null;
        });
        assertThat(as(() -> service.definitions(CustomizableEntity.EQUIPMENT, boiler)))
                .extracting(CustomFieldDefinition::key)
                .containsExactly("contract_no", "iscir_due_date", "iscir_registration_no", "floor", "outdoor");
        assertThat(as(() -> service.definitions(CustomizableEntity.EQUIPMENT, washer)))
                .extracting(CustomFieldDefinition::key)
                .containsExactly("floor", "outdoor", "colour");
        as(() -> {
            service.move(before.get(0).id(), boiler, -1); // already first: no change
            return null;
        });
        assertThat(as(() -> service.definitions(CustomizableEntity.EQUIPMENT, boiler))
                        .get(0)
                        .key())
                .isEqualTo("contract_no");
    }

    @Test
    void anotherTenantSeesNoneOfTheseDefinitions() {
        TenantId other = fixtures.newTenant();
        assertThat(TenantContext.callAs(other, () -> service.allDefinitions(CustomizableEntity.EQUIPMENT, boiler)))
                .isEmpty();
        assertThatThrownBy(() -> TenantContext.callAs(
                        other,
                        () -> service.validate(
                                CustomizableEntity.EQUIPMENT, boiler, map("iscir_registration_no", "R1"))))
                .isInstanceOf(CustomFieldValidationException.class);
        UUID id = as(() -> service.definitions(CustomizableEntity.EQUIPMENT, boiler))
                .get(0)
                .id();
        assertThatThrownBy(() -> TenantContext.callAs(other, () -> service.setActive(id, false)))
                .isInstanceOf(CustomizationException.class);
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "technician")
    void onlyAnAdminChangesDefinitions() {
        assertThatThrownBy(() -> service.create(new CustomFieldDraft(
                        CustomizableEntity.CUSTOMER,
                        null,
                        "vip",
                        CustomFieldType.BOOLEAN,
                        false,
                        Map.of("en", "VIP"),
                        Map.of(),
                        List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.definitions(CustomizableEntity.CUSTOMER, null))
                .extracting(CustomFieldDefinition::key)
                .doesNotContain("vip");
    }

    @Test
    void filtersMatchInMemoryAndInPostgres() throws Exception {
        List<CustomFieldDefinition> defs = as(() -> service.allDefinitions(CustomizableEntity.EQUIPMENT, washer));
        Map<String, CustomFieldDefinition> byKey = new LinkedHashMap<>();
        defs.forEach(d -> byKey.put(d.key(), d));
        CustomFieldDefinition text = as(() -> service.definitions(CustomizableEntity.EQUIPMENT, boiler))
                .get(0);
        CustomFieldDefinition date = as(() -> service.definitions(CustomizableEntity.EQUIPMENT, boiler))
                .get(2);
        byKey.put(text.key(), text);
        byKey.put(date.key(), date);
        List<String> rows = List.of(
                "{\"contract_no\":\"C-100%_A\",\"floor\":2.50,\"outdoor\":true,\"colour\":\"white\",\"iscir_due_date\":\"2027-03-31\"}",
                "{\"contract_no\":\"c-200\",\"floor\":3,\"outdoor\":false,\"colour\":\"inox\"}", "{}");
        List<Map<String, Object>> inMemory = List.of(
                map(
                        "contract_no",
                        "C-100%_A",
                        "floor",
                        new BigDecimal("2.50"),
                        "outdoor",
                        true,
                        "colour",
                        "white",
                        "iscir_due_date",
                        "2027-03-31"),
                map("contract_no", "c-200", "floor", new BigDecimal("3"), "outdoor", false, "colour", "inox"),
                map());
        List<CustomFieldFilter> filters = List.of(
                new CustomFieldFilter("contract_no", "c-"),
                new CustomFieldFilter("contract_no", "100%_"),
                new CustomFieldFilter("contract_no", "0%"),
                new CustomFieldFilter("floor", "2.5"),
                new CustomFieldFilter("floor", 3),
                new CustomFieldFilter("outdoor", false),
                new CustomFieldFilter("colour", "white"),
                new CustomFieldFilter("iscir_due_date", "2027-03-31"),
                new CustomFieldFilter("floor", ""));
        List<List<Integer>> expected = List.of(
                List.of(0, 1),
                List.of(0),
                List.of(0),
                List.of(0),
                List.of(1),
                List.of(1),
                List.of(0),
                List.of(0),
                List.of(0, 1, 2));
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.execute("create temporary table cf_probe (n int, custom_fields jsonb)");
            for (int i = 0; i < rows.size(); i++) {
                st.execute("insert into cf_probe values (" + i + ", '" + rows.get(i) + "'::jsonb)");
            }
            for (int f = 0; f < filters.size(); f++) {
                CustomFieldFilter filter = filters.get(f);
                CustomFieldDefinition field = byKey.get(filter.key());
                List<Integer> sqlHits = new ArrayList<>();
                CustomFieldFilter.SqlPredicate predicate = filter.toJsonbPredicate("p.custom_fields", field);
                try (PreparedStatement ps =
                        c.prepareStatement("select n from cf_probe p where " + predicate.sql() + " order by n")) {
                    for (int i = 0; i < predicate.params().size(); i++) {
                        ps.setObject(i + 1, predicate.params().get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            sqlHits.add(rs.getInt(1));
                        }
                    }
                }
                List<Integer> memoryHits = new ArrayList<>();
                for (int i = 0; i < inMemory.size(); i++) {
                    if (filter.matches(field, inMemory.get(i))) {
                        memoryHits.add(i);
                    }
                }
                assertThat(sqlHits).as("SQL %s", filter).isEqualTo(expected.get(f));
                assertThat(memoryHits).as("memory %s", filter).isEqualTo(expected.get(f));
            }
            st.execute("drop table cf_probe");
        }
        assertThatThrownBy(
                        () -> new CustomFieldFilter("floor", 1).toJsonbPredicate("x; drop table y", byKey.get("floor")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new CustomFieldFilter("floor", "abc").toJsonbPredicate("custom_fields", byKey.get("floor")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
