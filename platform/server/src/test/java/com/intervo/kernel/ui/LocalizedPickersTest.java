package com.intervo.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The calendar of a date picker in the person's language: names, first weekday, buttons. */
class LocalizedPickersTest {

    @Test
    void aRomanianCalendarStartsOnMondayWithRomanianNames() {
        DatePicker.DatePickerI18n ro = LocalizedPickers.i18n(Locale.forLanguageTag("ro"));
        assertThat(ro.getMonthNames()).startsWith("Ianuarie", "Februarie").hasSize(12);
        assertThat(ro.getWeekdays().get(1)).isEqualTo("Luni");
        assertThat(ro.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(ro.getToday()).isEqualTo("Astăzi");
        assertThat(ro.getCancel()).isEqualTo("Anulează");
    }

    @Test
    void russianAndCzechCalendarsToo() {
        DatePicker.DatePickerI18n ru = LocalizedPickers.i18n(Locale.forLanguageTag("ru"));
        assertThat(ru.getMonthNames().getFirst()).isEqualTo("Январь");
        assertThat(ru.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(ru.getToday()).isEqualTo("Сегодня");
        DatePicker.DatePickerI18n cs = LocalizedPickers.i18n(Locale.forLanguageTag("cs"));
        assertThat(cs.getMonthNames().getFirst()).isEqualTo("Leden");
        assertThat(cs.getWeekdaysShort().getFirst()).isEqualTo("Ne");
        assertThat(cs.getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void anEnglishCalendarStartsOnSunday() {
        DatePicker.DatePickerI18n en = LocalizedPickers.i18n(Locale.ENGLISH);
        assertThat(en.getMonthNames().getFirst()).isEqualTo("January");
        assertThat(en.getFirstDayOfWeek()).isZero();
        assertThat(en.getToday()).isEqualTo("Today");
    }

    @Test
    void aPickerFromTheFactoryIsLocalized() {
        DatePicker picker = LocalizedPickers.date("x");
        LocalizedPickers.localize(picker, Locale.forLanguageTag("cs"));
        assertThat(picker.getI18n().getMonthNames().getFirst()).isEqualTo("Leden");
        assertThat(picker.getLocale().getLanguage()).isEqualTo("cs");
    }
}
