package com.intervo.kernel.customization;

import com.intervo.kernel.errors.DomainException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Custom field values that were refused: one problem per field. Nothing was saved. REST answers 422 with a
 * {@code fields} property naming each field; forms mark each field.
 */
public class CustomFieldValidationException extends DomainException {

    /**
     * One refused value. The message key's pattern gets the field's label (in the reader's language) as
     * {@code {0}}, then {@code params}.
     */
    public record Problem(String fieldKey, Map<String, String> labels, String messageKey, List<Object> params) {

        public Problem {
            labels = labels == null ? Map.of() : Map.copyOf(labels);
            params = params == null ? List.of() : List.copyOf(params);
        }

        public String label(Locale locale) {
            String label = LocalizedTexts.pick(labels, locale);
            return label.isEmpty() ? fieldKey : label;
        }

        /** The translated message, given a translator (key, params) → text such as {@code Messages}. */
        public String message(Locale locale, BiFunction<String, Object[], String> translator) {
            List<Object> all = new ArrayList<>();
            all.add(label(locale));
            all.addAll(params);
            return translator.apply(messageKey, all.toArray());
        }
    }

    private final List<Problem> problems;

    public CustomFieldValidationException(List<Problem> problems) {
        super(
                "Invalid custom fields: "
                        + problems.stream()
                                .map(p -> p.fieldKey() + " " + p.messageKey())
                                .toList(),
                Kind.INVALID,
                "customization.api.invalid-fields",
                null);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public String problemType() {
        return "custom-field-invalid";
    }

    @Override
    public String titleKey() {
        return "customization.api.invalid-title";
    }

    /** Names every refused field by its label in the reader's language. */
    @Override
    public String detail(Locale locale, BiFunction<String, Object[], String> translator) {
        return translator.apply(messageKey(), new Object[] {
            String.join(
                    ", ", problems.stream().map(p -> p.label(locale)).distinct().toList())
        });
    }

    /** One translated message per field under {@code fields}. */
    @Override
    public Map<String, Object> problemProperties(
            Locale locale, BiFunction<String, Object[], String> translator, String detail) {
        Map<String, String> fields = new LinkedHashMap<>();
        problems.forEach(p -> fields.merge(p.fieldKey(), p.message(locale, translator), (a, b) -> a + " " + b));
        return Map.of("fields", fields);
    }
}
