package com.intervo.kernel.customization;

import java.util.Objects;

/**
 * A kind of record a module lets admins add custom fields to, declared as a bean next to the module's descriptor.
 *
 * @param nameKey translation key of the entity's name
 * @param order   position in the custom fields screen's list of entities
 */
public record CustomizableEntityDefinition(CustomizableEntity entity, String nameKey, int order) {

    public CustomizableEntityDefinition {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(nameKey, "nameKey");
    }

    public static CustomizableEntityDefinition of(CustomizableEntity entity, int order) {
        return new CustomizableEntityDefinition(entity, entity.nameKey(), order);
    }
}
