package com.intervo.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.kernel.errors.DomainException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What callers send with a ticket: texts within their limits, coordinates on the globe. */
class TicketInputTest {

    static void invalid(Runnable call, String key, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void aRequiredTextIsStrippedAndBoundedByItsLimit() {
        assertThat(TicketInput.requiredText("  leaks  ", "problem", 5)).isEqualTo("leaks");
        invalid(() -> TicketInput.requiredText("   ", "problem", 5), "dispatch.error.required", "problem");
        invalid(() -> TicketInput.requiredText(null, "problem", 5), "dispatch.error.required", "problem");
        invalid(() -> TicketInput.requiredText("leaks!", "problem", 5), "dispatch.error.too-long", "problem");
        invalid(() -> TicketInput.reason("x".repeat(TicketInput.MAX_REASON + 1)), "dispatch.error.too-long", "reason");
    }

    @Test
    void anOptionalTextMayBeMissingButNotTooLong() {
        assertThat(TicketInput.optionalText(null, "note", 3)).isNull();
        assertThat(TicketInput.optionalText(" \t", "note", 3)).isNull();
        assertThat(TicketInput.optionalText(" ok ", "note", 3)).isEqualTo("ok");
        invalid(() -> TicketInput.optionalText("long", "note", 3), "dispatch.error.too-long", "note");
    }

    @Test
    void coordinatesMustBothBeThereAndOnTheGlobe() {
        TicketInput.checkCoordinates(new BigDecimal("90"), new BigDecimal("-180"));
        invalid(
                () -> TicketInput.checkCoordinates(new BigDecimal("90.0001"), BigDecimal.ZERO),
                "dispatch.error.coordinates",
                "latitude");
        invalid(
                () -> TicketInput.checkCoordinates(BigDecimal.ZERO, new BigDecimal("-180.5")),
                "dispatch.error.coordinates",
                "latitude");
        invalid(() -> TicketInput.checkCoordinates(null, BigDecimal.ZERO), "dispatch.error.coordinates", "latitude");
        // without a fix nothing is checked; half a fix is refused
        TicketInput.checkCoordinatesIfAny(FieldContext.none());
        TicketInput.checkCoordinatesIfAny(null);
        invalid(
                () -> TicketInput.checkCoordinatesIfAny(new FieldContext(1L, null, BigDecimal.ONE, null, null)),
                "dispatch.error.coordinates",
                "latitude");
    }
}
