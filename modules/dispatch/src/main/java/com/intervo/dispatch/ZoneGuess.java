package com.intervo.dispatch;

import com.intervo.kernel.zones.Zone;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The zone a new ticket lies in when the dispatcher picks none: named like the site's city, else its county. */
final class ZoneGuess {

    /** A zone as the guess sees it. */
    record Candidate(UUID id, Zone.Kind kind, String name) {

        static Candidate of(Zone zone) {
            return new Candidate(zone.getId(), zone.getKind(), zone.getName());
        }
    }

    private ZoneGuess() {}

    /** The zone named like the city, else the county (sectors are chosen by hand); null when none matches. */
    static UUID guess(List<Candidate> zones, String city, String county) {
        for (Zone.Kind kind : List.of(Zone.Kind.CITY, Zone.Kind.COUNTY)) {
            String name = kind == Zone.Kind.CITY ? city : county;
            if (name == null) {
                continue;
            }
            Optional<Candidate> match = zones.stream()
                    .filter(z -> z.kind() == kind && normalize(z.name()).equals(normalize(name)))
                    .findFirst();
            if (match.isPresent()) {
                return match.get().id();
            }
        }
        return null;
    }

    /** Case, surrounding blanks and diacritics do not count ("Brașov" is "brasov "). */
    static String normalize(String text) {
        return java.text.Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
