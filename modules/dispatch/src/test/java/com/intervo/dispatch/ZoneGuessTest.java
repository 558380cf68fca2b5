package com.intervo.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.zones.Zone;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The zone a new ticket gets from its site when the dispatcher picks none. */
class ZoneGuessTest {

    final ZoneGuess.Candidate cluj = new ZoneGuess.Candidate(UUID.randomUUID(), Zone.Kind.CITY, "Cluj-Napoca");
    final ZoneGuess.Candidate clujCounty = new ZoneGuess.Candidate(UUID.randomUUID(), Zone.Kind.COUNTY, "Cluj");
    final ZoneGuess.Candidate brasov = new ZoneGuess.Candidate(UUID.randomUUID(), Zone.Kind.CITY, "Brașov");
    final ZoneGuess.Candidate north = new ZoneGuess.Candidate(UUID.randomUUID(), Zone.Kind.SECTOR, "Florești");
    final List<ZoneGuess.Candidate> zones = List.of(north, clujCounty, cluj, brasov);

    @Test
    void theCityWinsOverTheCounty() {
        assertThat(ZoneGuess.guess(zones, "Cluj-Napoca", "Cluj")).isEqualTo(cluj.id());
    }

    @Test
    void theCountyWhenNoZoneIsNamedLikeTheCity() {
        assertThat(ZoneGuess.guess(zones, "Florești", "Cluj"))
                .as("a sector is never guessed")
                .isEqualTo(clujCounty.id());
        assertThat(ZoneGuess.guess(zones, null, "Cluj")).isEqualTo(clujCounty.id());
    }

    @Test
    void caseBlanksAndDiacriticsDoNotCount() {
        assertThat(ZoneGuess.guess(zones, "  BRASOV ", null)).isEqualTo(brasov.id());
        assertThat(ZoneGuess.guess(zones, "brașov", null)).isEqualTo(brasov.id());
        assertThat(ZoneGuess.normalize(" Târgu Mureș ")).isEqualTo("targu mures");
    }

    @Test
    void noZoneWhenNothingMatches() {
        assertThat(ZoneGuess.guess(zones, "Sibiu", "Sibiu")).isNull();
        assertThat(ZoneGuess.guess(zones, null, null)).isNull();
        assertThat(ZoneGuess.guess(List.of(), "Cluj-Napoca", "Cluj")).isNull();
    }
}
