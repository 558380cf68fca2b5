package com.intervo.kernel.customization;

import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custom fields of the tenant bound to the current thread: their definitions (admin only to change), the
 * validation of values before a record is saved, and their display on cards, exports and documents.
 */
@Service
public class CustomFieldService {

    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    public static final Pattern OPTION_KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    public static final String PLACEHOLDER_PREFIX = "custom.";
    static final int MAX_LABEL = 200;
    static final int MAX_HELP = 500;
    static final int MAX_OPTIONS = 100;

    private final CustomFields fields;
    private final Messages messages;
    private final WorkspaceLanguage workspace;
    private final CustomizableEntities entities;

    CustomFieldService(
            CustomFields fields, Messages messages, WorkspaceLanguage workspace, CustomizableEntities entities) {
        this.entities = entities;
        this.fields = fields;
        this.messages = messages;
        this.workspace = workspace;
    }

    /** The workspace's language: a field's label is required in it (the other languages are optional). */
    @Transactional(readOnly = true)
    public String workspaceLanguage() {
        return workspace.current();
    }

    /**
     * The active fields a record of {@code entity} shows and accepts, in order: for equipment, the fields of
     * every equipment and those of its type ({@code equipmentTypeId}, may be null).
     */
    @Transactional(readOnly = true)
    public List<CustomFieldDefinition> definitions(CustomizableEntity entity, UUID equipmentTypeId) {
        return allDefinitions(entity, equipmentTypeId).stream()
                .filter(CustomFieldDefinition::active)
                .toList();
    }

    /** Like {@link #definitions} but with deactivated fields too (for the admin screen). */
    @Transactional(readOnly = true)
    public List<CustomFieldDefinition> allDefinitions(CustomizableEntity entity, UUID equipmentTypeId) {
        TenantContext.require();
        Objects.requireNonNull(entity, "entity");
        return fields.findByEntityOrderByPositionAsc(entity).stream()
                .filter(f -> f.equipmentTypeId() == null || f.equipmentTypeId().equals(equipmentTypeId))
                .map(CustomField::toDefinition)
                .toList();
    }

    @Transactional(readOnly = true)
    public CustomFieldDefinition get(UUID id) {
        TenantContext.require();
        return fields.findById(id)
                .map(CustomField::toDefinition)
                .orElseThrow(() -> new CustomizationException("customization.error.not-found"));
    }

    @Transactional
    public CustomFieldDefinition create(CustomFieldDraft draft) {
        CustomizationAccess.requireAdmin();
        checkScope(draft);
        if (draft.type() == null) {
            throw new CustomizationException("customization.error.type-required");
        }
        String language = workspaceLanguage();
        List<CustomField> sameEntity = fields.findByEntityOrderByPositionAsc(draft.entity());
        java.util.function.Predicate<String> taken = candidate -> sameEntity.stream()
                .filter(f -> f.key().equals(candidate))
                .anyMatch(f -> draft.equipmentTypeId() == null
                        || f.equipmentTypeId() == null
                        || f.equipmentTypeId().equals(draft.equipmentTypeId()));
        String key;
        if (draft.key() == null || draft.key().isBlank()) {
            // people name the field; the key records keep its values under is made from that name
            Map<String, String> labels = checkTexts(draft.labels(), MAX_LABEL);
            requireLabel(labels, language, "customization.error.label-required-in");
            key = FieldKeys.unique(
                    FieldKeys.slug(LocalizedTexts.pick(labels, Locale.forLanguageTag(language)), "field"), 40, taken);
        } else {
            key = draft.key().strip();
            if (!KEY.matcher(key).matches()) {
                throw new CustomizationException("customization.error.key-format");
            }
            if (taken.test(key)) {
                throw new CustomizationException("customization.error.duplicate-key", key);
            }
        }
        CustomField field = new CustomField(
                draft.entity(), draft.equipmentTypeId(), key, draft.type(), fields.maxPosition(draft.entity()) + 1);
        apply(field, draft, draft.type(), language);
        try {
            return fields.saveAndFlush(field).toDefinition();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // the database knows the equipment types (a foreign key); the kernel does not
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("custom_field_equipment_type_fk")) {
                throw new CustomizationException("customization.error.equipment-type-not-found");
            }
            throw e;
        }
    }

    /** Changes labels, help texts, required and choices; entity, equipment type, key and type stay. */
    @Transactional
    public CustomFieldDefinition update(UUID id, CustomFieldDraft draft) {
        CustomizationAccess.requireAdmin();
        CustomField field =
                fields.findById(id).orElseThrow(() -> new CustomizationException("customization.error.not-found"));
        CustomFieldDefinition current = field.toDefinition();
        if ((draft.entity() != null && !draft.entity().equals(current.entity()))
                || (draft.type() != null && draft.type() != current.type())
                || (draft.key() != null && !draft.key().strip().equals(current.key()))
                || !Objects.equals(draft.equipmentTypeId(), current.equipmentTypeId())) {
            throw new CustomizationException("customization.error.immutable");
        }
        apply(field, draft, current.type(), workspaceLanguage());
        return fields.saveAndFlush(field).toDefinition();
    }

    @Transactional
    public CustomFieldDefinition setActive(UUID id, boolean active) {
        CustomizationAccess.requireAdmin();
        CustomField field =
                fields.findById(id).orElseThrow(() -> new CustomizationException("customization.error.not-found"));
        field.active(active);
        return fields.saveAndFlush(field).toDefinition();
    }

    /**
     * Puts the listed fields (those the admin sees for entity and equipment type) in the given order; the
     * positions they held are handed out again, so other types' fields keep their places.
     */
    @Transactional
    public void reorder(CustomizableEntity entity, UUID equipmentTypeId, List<UUID> orderedIds) {
        CustomizationAccess.requireAdmin();
        Map<UUID, CustomField> visible = new LinkedHashMap<>();
        fields.findByEntityOrderByPositionAsc(entity).stream()
                .filter(f -> f.equipmentTypeId() == null || f.equipmentTypeId().equals(equipmentTypeId))
                .forEach(f -> visible.put(f.getId(), f));
        if (orderedIds.size() != visible.size() || !visible.keySet().containsAll(orderedIds)) {
            throw new CustomizationException("customization.error.reorder-mismatch");
        }
        List<Integer> positions =
                visible.values().stream().map(CustomField::position).sorted().toList();
        // distinct positions even when older rows shared one
        List<Integer> distinct = new ArrayList<>();
        int last = -1;
        for (int p : positions) {
            last = Math.max(p, last + 1);
            distinct.add(last);
        }
        for (int i = 0; i < orderedIds.size(); i++) {
            visible.get(orderedIds.get(i)).position(distinct.get(i));
        }
        fields.flush();
    }

    /** Moves one field up (delta -1) or down (+1) among those shown for entity and equipment type. */
    @Transactional
    public void move(UUID id, UUID equipmentTypeId, int delta) {
        CustomFieldDefinition field = get(id);
        List<UUID> ids = new ArrayList<>(allDefinitions(field.entity(), equipmentTypeId).stream()
                .map(CustomFieldDefinition::id)
                .toList());
        int from = ids.indexOf(id);
        int to = from + Integer.signum(delta);
        if (from < 0 || to < 0 || to >= ids.size()) {
            return;
        }
        ids.add(to, ids.remove(from));
        reorder(field.entity(), equipmentTypeId, ids);
    }

    /**
     * Checks the values of one record and returns them normalized (numbers as BigDecimal, dates as ISO
     * {@code yyyy-MM-dd}, booleans, choice option keys), in the fields' order, empty values left out.
     * Unknown keys and missing required fields are refused. Values of deactivated fields are checked and kept.
     *
     * @throws CustomFieldValidationException naming every refused field; nothing may be saved then
     */
    @Transactional(readOnly = true)
    public Map<String, Object> validate(CustomizableEntity entity, UUID equipmentTypeId, Map<String, ?> raw) {
        List<CustomFieldDefinition> all = allDefinitions(entity, equipmentTypeId);
        Map<String, ?> input = raw == null ? Map.of() : raw;
        List<CustomFieldValidationException.Problem> problems = new ArrayList<>();
        Set<String> known = new HashSet<>();
        Map<String, Object> result = new LinkedHashMap<>();
        for (CustomFieldDefinition field : all) {
            known.add(field.key());
            Object value = input.get(field.key());
            if (CustomFieldValues.isEmpty(value)) {
                if (field.active() && field.required()) {
                    problems.add(problem(field, "customization.error.required"));
                }
                continue;
            }
            try {
                result.put(field.key(), CustomFieldValues.normalize(field, value));
            } catch (CustomFieldValues.Refused e) {
                problems.add(problem(field, e.messageKey));
            }
        }
        input.keySet().stream()
                .filter(k -> !known.contains(k))
                .sorted()
                .forEach(k -> problems.add(new CustomFieldValidationException.Problem(
                        k, Map.of(), "customization.error.unknown-field", List.of())));
        if (!problems.isEmpty()) {
            throw new CustomFieldValidationException(problems);
        }
        return result;
    }

    /**
     * Label and formatted value of each active field that has a value, in order — for cards, exports and
     * document templates.
     */
    @Transactional(readOnly = true)
    public List<DisplayValue> display(
            CustomizableEntity entity, UUID equipmentTypeId, Map<String, ?> values, Locale locale) {
        Locale language = Messages.supported(locale);
        Map<String, ?> stored = values == null ? Map.of() : values;
        return definitions(entity, equipmentTypeId).stream()
                .filter(f -> !CustomFieldValues.isEmpty(stored.get(f.key())))
                .map(f -> new DisplayValue(
                        f.key(),
                        f.label(language),
                        CustomFieldValues.format(
                                f, stored.get(f.key()), language, k -> messages.getTranslation(k, language))))
                .toList();
    }

    /**
     * Template placeholders: {@code "custom." + key} → formatted value (empty when not filled in) for every active
     * field, so a document template may name any field without failing on records that lack it.
     */
    @Transactional(readOnly = true)
    public Map<String, String> placeholders(
            CustomizableEntity entity, UUID equipmentTypeId, Map<String, ?> values, Locale locale) {
        Locale language = Messages.supported(locale);
        Map<String, ?> stored = values == null ? Map.of() : values;
        Map<String, String> placeholders = new LinkedHashMap<>();
        for (CustomFieldDefinition field : definitions(entity, equipmentTypeId)) {
            placeholders.put(
                    PLACEHOLDER_PREFIX + field.key(),
                    CustomFieldValues.format(
                            field, stored.get(field.key()), language, k -> messages.getTranslation(k, language)));
        }
        return placeholders;
    }

    private static CustomFieldValidationException.Problem problem(CustomFieldDefinition field, String key) {
        return new CustomFieldValidationException.Problem(field.key(), field.labels(), key, List.of());
    }

    private void checkScope(CustomFieldDraft draft) {
        if (draft.entity() == null) {
            throw new CustomizationException("customization.error.entity-required");
        }
        if (!entities.isRegistered(draft.entity())) {
            throw new CustomizationException(
                    "customization.error.entity-unknown", draft.entity().name());
        }
        if (draft.equipmentTypeId() != null && !CustomizableEntity.EQUIPMENT.equals(draft.entity())) {
            throw new CustomizationException("customization.error.type-only-for-equipment");
        }
    }

    private static void apply(CustomField field, CustomFieldDraft draft, CustomFieldType type, String language) {
        Map<String, String> labels = checkTexts(draft.labels(), MAX_LABEL);
        requireLabel(labels, language, "customization.error.label-required-in");
        Map<String, String> help = checkTexts(draft.helpTexts(), MAX_HELP);
        List<ChoiceOption> options = List.of();
        if (type == CustomFieldType.CHOICE) {
            options = checkOptions(draft.options(), language);
        }
        field.change(draft.required(), labels, help, options);
    }

    private static Map<String, String> checkTexts(Map<String, String> texts, int max) {
        if (LocalizedTexts.hasUnsupportedLanguage(texts)) {
            throw new CustomizationException("customization.error.language");
        }
        Map<String, String> clean = LocalizedTexts.clean(texts);
        if (clean.values().stream().anyMatch(t -> t.length() > max)) {
            throw new CustomizationException("customization.error.text-too-long", max);
        }
        return clean;
    }

    /** The label in the workspace's language is the one required (any language when the workspace has none). */
    static void requireLabel(Map<String, String> labels, String language, String messageKey, Object... params) {
        if (!labels.containsKey(language)) {
            Object[] all = java.util.Arrays.copyOf(params, params.length + 1);
            all[params.length] = Messages.nativeName(Locale.forLanguageTag(language));
            throw new CustomizationException(messageKey, all);
        }
    }

    private static List<ChoiceOption> checkOptions(List<ChoiceOption> options, String language) {
        if (options == null || options.isEmpty()) {
            throw new CustomizationException("customization.error.options-required");
        }
        if (options.size() > MAX_OPTIONS) {
            throw new CustomizationException("customization.error.too-many-options", MAX_OPTIONS);
        }
        List<ChoiceOption> clean = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (ChoiceOption option : options) {
            String key = option.key() == null ? "" : option.key().strip();
            if (key.isEmpty()) {
                // a choice is named like a field: its key comes from its label
                Map<String, String> labels = checkTexts(option.labels(), MAX_LABEL);
                requireLabel(labels, language, "customization.error.option-label-required-in", clean.size() + 1);
                key = FieldKeys.unique(
                        FieldKeys.slug(labels.get(language), "choice").replace('_', '-'), 40, keys::contains);
            }
            if (!OPTION_KEY.matcher(key).matches()) {
                throw new CustomizationException("customization.error.option-key-format", key);
            }
            if (!keys.add(key)) {
                throw new CustomizationException("customization.error.duplicate-option", key);
            }
            Map<String, String> labels = checkTexts(option.labels(), MAX_LABEL);
            requireLabel(labels, language, "customization.error.option-label-required-in", key);
            clean.add(new ChoiceOption(key, labels));
        }
        return clean;
    }
}
