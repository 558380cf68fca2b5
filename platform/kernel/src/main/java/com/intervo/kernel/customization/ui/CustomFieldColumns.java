package com.intervo.kernel.customization.ui;

import com.intervo.kernel.customization.CustomFieldDefinition;
import com.intervo.kernel.customization.CustomFieldValues;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Adds read-only display columns for custom fields to any grid (not sortable: values live in JSONB). */
public final class CustomFieldColumns {

    public static final String KEY_PREFIX = "custom-";

    private CustomFieldColumns() {}

    /**
     * One column per active definition, headed by the field's label in the grid's language, showing the value
     * formatted for that language; column keys are {@code "custom-" + field key}.
     */
    public static <T> List<Grid.Column<T>> addTo(
            Grid<T> grid, List<CustomFieldDefinition> definitions, Function<T, Map<String, ?>> valuesOf) {
        Locale locale =
                UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        return definitions.stream()
                .filter(CustomFieldDefinition::active)
                .map(field -> grid.addColumn(item -> {
                            Map<String, ?> values = valuesOf.apply(item);
                            return CustomFieldValues.format(
                                    field,
                                    values == null ? null : values.get(field.key()),
                                    locale,
                                    grid::getTranslation);
                        })
                        .setHeader(field.label(locale))
                        .setKey(KEY_PREFIX + field.key())
                        .setSortable(false)
                        .setAutoWidth(true)
                        .setResizable(true))
                .toList();
    }
}
