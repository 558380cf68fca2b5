package com.intervo.kernel.customization;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key of a kind of record an admin can add custom fields to. The platform's own are here (the CRM's customers
 * and equipment, which the equipment-type fields build on); a module registers its own with a
 * {@link CustomizableEntityDefinition}, and the kernel checks every key against those
 * ({@link CustomizableEntities}).
 */
public record CustomizableEntity(String name) {

    public static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");
    public static final CustomizableEntity CUSTOMER = new CustomizableEntity("CUSTOMER");
    public static final CustomizableEntity EQUIPMENT = new CustomizableEntity("EQUIPMENT");

    public CustomizableEntity {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a customizable entity: " + name);
        }
    }

    public static CustomizableEntity of(String name) {
        return new CustomizableEntity(name);
    }

    /** Translation key of the entity's name, unless its definition names another. */
    public String nameKey() {
        return "customization.entity." + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return name;
    }
}
