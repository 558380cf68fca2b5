package com.intervo.kernel.customization;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a customizable entity by its key, as the enum it replaced did. */
@Converter
class CustomizableEntityColumn implements AttributeConverter<CustomizableEntity, String> {

    @Override
    public String convertToDatabaseColumn(CustomizableEntity entity) {
        return entity == null ? null : entity.name();
    }

    @Override
    public CustomizableEntity convertToEntityAttribute(String name) {
        return name == null ? null : CustomizableEntity.of(name);
    }
}
