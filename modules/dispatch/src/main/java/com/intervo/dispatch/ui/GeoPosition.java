package com.intervo.dispatch.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;

/** The browser's GPS fix (asks the user once); empty when the browser has none or is not allowed to tell. */
final class GeoPosition {

    record Fix(BigDecimal latitude, BigDecimal longitude, BigDecimal accuracyM) {}

    private GeoPosition() {}

    static void request(Component component, Consumer<Optional<Fix>> result) {
        component
                .getElement()
                .executeJs("return window.intervoGeo ? window.intervoGeo.fix() : ''")
                .then(String.class, value -> result.accept(parse(value)));
    }

    static Optional<Fix> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String[] parts = value.split(",");
        try {
            return Optional.of(new Fix(
                    new BigDecimal(parts[0]).setScale(6, java.math.RoundingMode.HALF_UP),
                    new BigDecimal(parts[1]).setScale(6, java.math.RoundingMode.HALF_UP),
                    parts.length > 2 ? new BigDecimal(parts[2]).setScale(1, java.math.RoundingMode.HALF_UP) : null));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
