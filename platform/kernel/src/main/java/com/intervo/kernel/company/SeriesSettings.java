package com.intervo.kernel.company;

/** How a series numbers: {@code prefix} may contain {YYYY}; {@code nextNumber} is the number given out next. */
public record SeriesSettings(String key, String prefix, int padding, boolean yearly, long nextNumber) {

    /** What the next number will look like this year. */
    public String example(int year) {
        return NumberingSeries.format(prefix, padding, year, nextNumber);
    }
}
