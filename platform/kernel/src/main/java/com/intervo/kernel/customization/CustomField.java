package com.intervo.kernel.customization;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A custom field definition row; texts and options are JSONB. */
@Entity
@Table(name = "custom_field")
class CustomField extends AuditedEntity {

    @Convert(converter = CustomizableEntityColumn.class)
    @Column(nullable = false, updatable = false)
    private CustomizableEntity entity;

    @Column(name = "equipment_type_id", updatable = false)
    private UUID equipmentTypeId;

    @Column(name = "field_key", nullable = false, updatable = false)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, updatable = false)
    private CustomFieldType type;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> labels = new HashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "help_texts", nullable = false)
    private Map<String, String> helpTexts = new HashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<ChoiceOption> options = new ArrayList<>();

    protected CustomField() {}

    CustomField(CustomizableEntity entity, UUID equipmentTypeId, String key, CustomFieldType type, int position) {
        this.entity = entity;
        this.equipmentTypeId = equipmentTypeId;
        this.key = key;
        this.type = type;
        this.position = position;
    }

    void change(
            boolean required, Map<String, String> labels, Map<String, String> helpTexts, List<ChoiceOption> options) {
        this.required = required;
        this.labels = new HashMap<>(labels);
        this.helpTexts = new HashMap<>(helpTexts);
        this.options = new ArrayList<>(options);
    }

    CustomFieldDefinition toDefinition() {
        return new CustomFieldDefinition(
                getId(),
                entity,
                equipmentTypeId,
                key,
                type,
                required,
                position,
                active,
                labels,
                helpTexts,
                options,
                getVersion());
    }

    CustomizableEntity entity() {
        return entity;
    }

    UUID equipmentTypeId() {
        return equipmentTypeId;
    }

    String key() {
        return key;
    }

    int position() {
        return position;
    }

    void position(int value) {
        this.position = value;
    }

    boolean active() {
        return active;
    }

    void active(boolean value) {
        this.active = value;
    }
}
