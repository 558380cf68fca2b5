--liquibase formatted sql

--changeset intervo:crm-003-custom-field-equipment-type-fk
-- custom_field (customization, applied before CRM) names an equipment type without a foreign key: add it here,
-- where equipment_type exists. A definition for a type that does not exist could never apply to any equipment; it
-- is removed first (values already stored in equipment.custom_fields stay as they are).
DELETE FROM custom_field f
WHERE f.equipment_type_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM equipment_type t WHERE t.id = f.equipment_type_id);
ALTER TABLE custom_field ADD CONSTRAINT custom_field_equipment_type_fk
    FOREIGN KEY (equipment_type_id) REFERENCES equipment_type (id);
