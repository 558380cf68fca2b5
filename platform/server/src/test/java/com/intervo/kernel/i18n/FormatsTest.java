package com.intervo.kernel.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Money, numbers, dates and times as each language writes them (the JDK's CLDR data; NBSPs normalised). */
class FormatsTest {

    static final Locale RO = Locale.forLanguageTag("ro");
    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale CS = Locale.forLanguageTag("cs");

    private static String plain(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void moneyHasTwoDecimalsTheLanguagesSeparatorsAndTheCurrency() {
        assertThat(plain(Formats.money(new BigDecimal("450.5"), "RON", RO))).isEqualTo("450,50 RON");
        assertThat(plain(Formats.money(new BigDecimal("1490"), "RON", RO))).isEqualTo("1.490,00 RON");
        assertThat(plain(Formats.money(new BigDecimal("490.00"), "EUR", Locale.ENGLISH)))
                .isEqualTo("€490.00");
        assertThat(plain(Formats.money(new BigDecimal("1234.5"), "CZK", CS))).isEqualTo("1 234,50 Kč");
        assertThat(plain(Formats.money(new BigDecimal("12"), "RUB", RU))).startsWith("12,00");
        assertThat(Formats.money(null, "RON", RO)).isEmpty();
        // a code the JDK does not know keeps its letters
        assertThat(plain(Formats.money(new BigDecimal("5"), "XYZ1", RO))).isEqualTo("5,00 XYZ1");
    }

    @Test
    void numbersKeepTheirDecimalsInTheLanguagesWay() {
        assertThat(Formats.number(new BigDecimal("2.500"), RO)).isEqualTo("2,5");
        assertThat(Formats.number(new BigDecimal("3"), Locale.ENGLISH)).isEqualTo("3");
        assertThat(Formats.number(1.25, 1, RO)).isEqualTo("1,2");
    }

    @Test
    void datesAndTimesLookTheSameOnEveryScreenOfALanguage() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        Instant at = Instant.parse("2026-12-07T02:26:00Z");
        ZoneId bucharest = ZoneId.of("Europe/Bucharest");
        assertThat(Formats.date(day, Locale.ENGLISH)).isEqualTo("Dec 7, 2026");
        assertThat(plain(Formats.dateTime(at, bucharest, Locale.ENGLISH))).isEqualTo("Dec 7, 2026, 4:26 AM");
        assertThat(Formats.date(day, RO)).isEqualTo("7 dec. 2026");
        assertThat(Formats.dateTime(at, bucharest, RO))
                .startsWith("7 dec. 2026")
                .contains("04:26");
        assertThat(Formats.date(day, CS)).contains("2026").doesNotContain("Dec");
        assertThat(Formats.date(day, RU)).contains("дек");
    }
}
