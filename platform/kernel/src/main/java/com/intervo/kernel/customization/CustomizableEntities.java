package com.intervo.kernel.customization;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The kinds of record the modules of this deployable open to custom fields; any other key is refused. */
@Component
public class CustomizableEntities {

    private final Map<CustomizableEntity, CustomizableEntityDefinition> byEntity = new LinkedHashMap<>();

    public CustomizableEntities(List<CustomizableEntityDefinition> definitions) {
        for (CustomizableEntityDefinition d : definitions.stream()
                .sorted(Comparator.comparingInt(CustomizableEntityDefinition::order)
                        .thenComparing(d -> d.entity().name()))
                .toList()) {
            if (byEntity.put(d.entity(), d) != null) {
                throw new IllegalStateException("Two modules register the customizable entity " + d.entity());
            }
        }
    }

    /** Every registered entity, in the order the custom fields screen lists them. */
    public List<CustomizableEntity> all() {
        return List.copyOf(byEntity.keySet());
    }

    public boolean isRegistered(CustomizableEntity entity) {
        return byEntity.containsKey(entity);
    }

    /** Translation key of the entity's name. */
    public String nameKey(CustomizableEntity entity) {
        CustomizableEntityDefinition d = byEntity.get(entity);
        return d == null ? entity.nameKey() : d.nameKey();
    }
}
