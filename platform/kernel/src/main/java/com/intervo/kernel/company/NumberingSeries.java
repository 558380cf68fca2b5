package com.intervo.kernel.company;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A document numbering series: prefix (may contain {YYYY}), zero padding, optional restart every year. */
@Entity
@Table(name = "numbering_series")
class NumberingSeries extends AuditedEntity {

    @Column(name = "series_key", nullable = false, updatable = false)
    private String key;

    @Column(nullable = false)
    private String prefix;

    @Column(nullable = false)
    private int padding;

    @Column(nullable = false)
    private boolean yearly;

    private Integer year;

    @Column(name = "next_number", nullable = false)
    private long nextNumber;

    protected NumberingSeries() {}

    /** Takes the next number of the given year. */
    String take(int currentYear) {
        if (yearly && (year == null || year != currentYear)) {
            year = currentYear;
            nextNumber = 1;
        }
        long number = nextNumber++;
        return format(prefix, padding, currentYear, number);
    }

    static String format(String prefix, int padding, int year, long number) {
        return prefix.replace("{YYYY}", String.valueOf(year)) + String.format("%0" + padding + "d", number);
    }

    void configure(String prefix, int padding, boolean yearly, long nextNumber) {
        this.prefix = prefix;
        this.padding = padding;
        this.yearly = yearly;
        this.nextNumber = nextNumber;
    }

    SeriesSettings settings() {
        return new SeriesSettings(key, prefix, padding, yearly, nextNumber);
    }

    String getKey() {
        return key;
    }
}
