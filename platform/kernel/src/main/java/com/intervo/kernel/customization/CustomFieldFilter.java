package com.intervo.kernel.customization;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A filter on one custom field: text fields match when they contain the value (ignoring case), other types when
 * they are equal. Evaluate it in memory ({@link #matches}) or in PostgreSQL on a JSONB column
 * ({@link #toJsonbPredicate}), always with bind parameters.
 */
public record CustomFieldFilter(String key, Object value) {

    private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]{0,62}(\\.[a-z_][a-z0-9_]{0,62})?");

    public CustomFieldFilter {
        Objects.requireNonNull(key, "key");
    }

    /** A WHERE fragment with {@code ?} placeholders and their values, in order. */
    public record SqlPredicate(String sql, List<Object> params) {}

    /** True when the record's stored values pass the filter; an empty filter value passes everything. */
    public boolean matches(CustomFieldDefinition field, Map<String, ?> values) {
        requireField(field);
        if (CustomFieldValues.isEmpty(value)) {
            return true;
        }
        Object stored = values == null ? null : values.get(key);
        if (CustomFieldValues.isEmpty(stored)) {
            return false;
        }
        Object wanted = normalized(field);
        try {
            return switch (field.type()) {
                case TEXT ->
                    stored.toString()
                            .toLowerCase(Locale.ROOT)
                            .contains(wanted.toString().toLowerCase(Locale.ROOT));
                case NUMBER -> CustomFieldValues.number(stored).compareTo((BigDecimal) wanted) == 0;
                case DATE -> CustomFieldValues.date(stored).toString().equals(wanted);
                case BOOLEAN -> CustomFieldValues.bool(stored).equals(wanted);
                case CHOICE -> stored.toString().equals(wanted);
            };
        } catch (CustomFieldValues.Refused e) {
            return false;
        }
    }

    /**
     * A PostgreSQL predicate on {@code jsonbColumn} (a plain column name, optionally qualified by a table alias)
     * that holds the custom field values. The key and the value travel as bind parameters; the column name is
     * checked against a strict pattern. An empty filter value gives {@code TRUE}.
     *
     * @throws IllegalArgumentException for an unsafe column name or a value the field's type refuses
     */
    public SqlPredicate toJsonbPredicate(String jsonbColumn, CustomFieldDefinition field) {
        requireField(field);
        if (jsonbColumn == null || !COLUMN.matcher(jsonbColumn).matches()) {
            throw new IllegalArgumentException("Unsafe column name: " + jsonbColumn);
        }
        if (CustomFieldValues.isEmpty(value)) {
            return new SqlPredicate("TRUE", List.of());
        }
        Object wanted = normalized(field);
        String c = jsonbColumn;
        return switch (field.type()) {
            case TEXT ->
                new SqlPredicate(
                        "(" + c + " ->> ?) ILIKE ? ESCAPE '\\'",
                        List.of(key, "%" + escapeLike(wanted.toString()) + "%"));
            case NUMBER -> new SqlPredicate("(" + c + " -> ?) = to_jsonb(CAST(? AS numeric))", List.of(key, wanted));
            case BOOLEAN -> new SqlPredicate("(" + c + " -> ?) = to_jsonb(CAST(? AS boolean))", List.of(key, wanted));
            case DATE, CHOICE -> new SqlPredicate("(" + c + " ->> ?) = ?", List.of(key, wanted));
        };
    }

    private void requireField(CustomFieldDefinition field) {
        if (field == null || !field.key().equals(key)) {
            throw new IllegalArgumentException("The filter's field " + key + " does not match the definition");
        }
    }

    private Object normalized(CustomFieldDefinition field) {
        try {
            return CustomFieldValues.normalize(field, value);
        } catch (CustomFieldValues.Refused e) {
            throw new IllegalArgumentException("Filter value refused for " + key + ": " + e.messageKey);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
