package com.intervo.crm;

import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.CustomizableEntity;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Validates the custom field values of customers and equipment against the tenant's definitions (equipment:
 * the general ones plus those of its type). A missing required field or a wrong type refuses the save.
 */
@Component
class CrmCustomFields {

    private final CustomFieldService customFields;

    CrmCustomFields(CustomFieldService customFields) {
        this.customFields = customFields;
    }

    Map<String, Object> customer(Map<String, Object> values) {
        return customFields.validate(CustomizableEntity.CUSTOMER, null, values == null ? Map.of() : values);
    }

    Map<String, Object> equipment(UUID equipmentTypeId, Map<String, Object> values) {
        return customFields.validate(CustomizableEntity.EQUIPMENT, equipmentTypeId, values == null ? Map.of() : values);
    }
}
