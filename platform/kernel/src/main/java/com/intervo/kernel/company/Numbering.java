package com.intervo.kernel.company;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document numbers without gaps or duplicates: the series row is locked while a number is taken, in the
 * transaction of the document that gets it (a rolled-back document gives its number back).
 */
@Service
public class Numbering {

    private final Series series;
    private final Optional<Clock> clock;

    Numbering(Series series, Optional<Clock> clock) {
        this.series = series;
        this.clock = clock;
    }

    /** The next number of a series, e.g. "FS-2026-00042"; the year is the tenant's current year. */
    @Transactional
    public String next(String key, ZoneId zone) {
        TenantContext.require();
        NumberingSeries row = series.lock(key).orElseThrow(() -> DomainException.notFound("company.error.no-series"));
        return row.take(
                Year.now(clock.orElse(Clock.system(zone)).withZone(zone)).getValue());
    }

    @Transactional(readOnly = true)
    public List<SeriesSettings> all() {
        TenantContext.require();
        return series.ordered().stream().map(NumberingSeries::settings).toList();
    }

    @Transactional
    @RolesAllowed("ADMIN")
    public void configure(SeriesSettings settings) {
        TenantContext.require();
        if (settings.prefix() == null
                || settings.prefix().length() > 30
                || settings.prefix().matches(".*[<>&\"].*")) {
            throw DomainException.invalid("company.error.prefix", "prefix");
        }
        if (settings.padding() < 1 || settings.padding() > 12) {
            throw DomainException.invalid("company.error.padding", "padding");
        }
        if (settings.nextNumber() < 1) {
            throw DomainException.invalid("company.error.next-number", "nextNumber");
        }
        NumberingSeries row =
                series.lock(settings.key()).orElseThrow(() -> DomainException.notFound("company.error.no-series"));
        row.configure(settings.prefix(), settings.padding(), settings.yearly(), settings.nextNumber());
    }
}
