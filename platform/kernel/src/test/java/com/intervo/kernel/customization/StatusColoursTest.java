package com.intervo.kernel.customization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class StatusColoursTest {

    /** Every colour the default workflows ship with (db/changelog/tenant/customization/003-default-statuses.sql). */
    private static final String[] DEFAULTS = {
        "#00acc1", "#039be5", "#1e88e5", "#2e7d32", "#43a047", "#5c6bc0", "#607d8b", "#8e24aa", "#9e9e9e", "#e53935",
        "#fb8c00"
    };

    @Test
    void contrastFollowsWcag() {
        assertThat(StatusColours.contrast("#000000", "#ffffff")).isCloseTo(21.0, within(0.01));
        assertThat(StatusColours.contrast("#777777", "#ffffff")).isCloseTo(4.48, within(0.01));
        assertThat(StatusColours.contrast("#1e88e5", "#1e88e5")).isCloseTo(1.0, within(0.001));
    }

    @Test
    void defaultStatusBadgesAreReadable() {
        for (String colour : DEFAULTS) {
            assertThat(StatusColours.contrast(StatusColours.textOn(colour), colour))
                    .as(colour)
                    .isGreaterThanOrEqualTo(4.5);
        }
        // white text, as badges had before, was not readable on several of them
        assertThat(StatusColours.contrast("#ffffff", "#fb8c00")).isLessThan(4.5);
        assertThat(StatusColours.textOn("#fb8c00")).isEqualTo(StatusColours.BLACK);
        assertThat(StatusColours.textOn("#2e7d32")).isEqualTo(StatusColours.WHITE);
    }

    @Test
    void anyColourAnAdminPicksGetsReadableText() {
        for (int r = 0; r < 256; r += 15) {
            for (int g = 0; g < 256; g += 15) {
                for (int b = 0; b < 256; b += 15) {
                    String colour = String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
                    assertThat(StatusColours.contrast(StatusColours.textOn(colour), colour))
                            .as(colour)
                            .isGreaterThanOrEqualTo(4.5);
                    String tint = StatusColours.tint(colour, 0.15);
                    assertThat(StatusColours.contrast(StatusColours.textOn(tint), tint))
                            .isGreaterThanOrEqualTo(4.5);
                }
            }
        }
        assertThat(StatusColours.textOn("not a colour")).isEqualTo(StatusColours.textOn(StatusColours.NEUTRAL));
    }
}
