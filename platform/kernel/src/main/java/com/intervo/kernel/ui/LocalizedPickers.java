package com.intervo.kernel.ui;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import com.intervo.kernel.i18n.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The only way the product makes a date or date-time picker: month and weekday names, the first day of the week,
 * "Today"/"Cancel" and the date format follow the person's language, also on pickers created in dialogs.
 * {@code ModularityTest} refuses {@code new DatePicker}/{@code new DateTimePicker} anywhere else.
 */
public final class LocalizedPickers {

    private LocalizedPickers() {}

    public static DatePicker date(String label) {
        DatePicker picker = new DatePicker(label);
        picker.addAttachListener(e -> localize(picker, e.getUI().getLocale()));
        localize(picker, current());
        return picker;
    }

    public static DatePicker date() {
        return date(null);
    }

    public static DateTimePicker dateTime(String label) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.addAttachListener(e -> localize(picker, e.getUI().getLocale()));
        localize(picker, current());
        return picker;
    }

    public static void localize(DatePicker picker, Locale locale) {
        Locale language = Messages.supported(locale);
        picker.setLocale(language);
        picker.setI18n(i18n(language));
    }

    public static void localize(DateTimePicker picker, Locale locale) {
        Locale language = Messages.supported(locale);
        picker.setLocale(language);
        picker.setDatePickerI18n(i18n(language));
    }

    /** The picker texts of a language: names from CLDR, first weekday of the language's main country. */
    public static DatePicker.DatePickerI18n i18n(Locale language) {
        List<String> months = Arrays.stream(Month.values())
                .map(m -> capitalized(m.getDisplayName(TextStyle.FULL_STANDALONE, language), language))
                .toList();
        // Vaadin counts weekdays from Sunday
        List<DayOfWeek> fromSunday = List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        List<String> weekdays = fromSunday.stream()
                .map(d -> capitalized(d.getDisplayName(TextStyle.FULL_STANDALONE, language), language))
                .toList();
        List<String> weekdaysShort = fromSunday.stream()
                .map(d -> capitalized(d.getDisplayName(TextStyle.SHORT_STANDALONE, language), language))
                .toList();
        int firstDay = Calendar.getInstance(ULocale.addLikelySubtags(ULocale.forLocale(language)))
                        .getFirstDayOfWeek()
                - Calendar.SUNDAY;
        I18NProvider texts = texts();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(weekdays)
                .setWeekdaysShort(weekdaysShort)
                .setFirstDayOfWeek(firstDay)
                .setToday(texts.getTranslation("kernel.picker.today", language))
                .setCancel(texts.getTranslation("kernel.picker.cancel", language));
    }

    private static String capitalized(String name, Locale language) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    private static Locale current() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    private static I18NProvider texts() {
        VaadinService service = VaadinService.getCurrent();
        I18NProvider provider =
                service == null ? null : service.getInstantiator().getI18NProvider();
        return provider == null ? new Messages() : provider;
    }
}
