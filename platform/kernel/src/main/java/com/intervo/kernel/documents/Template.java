package com.intervo.kernel.documents;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A logic-less template: {@code {{a.b}}} inserts a value (XML-escaped), {@code {{#x}}…{{/x}}} repeats over a list
 * or shows its content when x is truthy, {@code {{^x}}…{{/x}}} when it is missing, false or empty, and
 * {@code {{! …}}} is a comment. {@code {{.}}} is the current item of a list of plain values.
 * <p>
 * The model holds only maps, lists, strings, numbers, booleans and dates; a name is looked up as a map key,
 * never as a getter or method, and any other kind of object renders as nothing. There are no includes, no
 * partials, no lambdas and no unescaped output: a template cannot reach beyond the data handed to it.
 */
final class Template {

    private static final Pattern NAME = Pattern.compile("\\.|[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final int MAX_DEPTH = 20;

    private sealed interface Node permits Text, Value, Section {}

    private record Text(String text) implements Node {}

    private record Value(String name) implements Node {}

    private record Section(String name, boolean inverted, List<Node> children, int line) implements Node {}

    private final List<Node> nodes;

    private Template(List<Node> nodes) {
        this.nodes = nodes;
    }

    /** Parses a template; a malformed tag or an unbalanced section fails with the line it is on. */
    static Template parse(String source) {
        Deque<Section> open = new ArrayDeque<>();
        Deque<List<Node>> targets = new ArrayDeque<>();
        List<Node> root = new ArrayList<>();
        targets.push(root);
        int pos = 0;
        while (pos < source.length()) {
            int start = source.indexOf("{{", pos);
            if (start < 0) {
                targets.peek().add(new Text(source.substring(pos)));
                break;
            }
            if (start > pos) {
                targets.peek().add(new Text(source.substring(pos, start)));
            }
            int line = line(source, start);
            int end = source.indexOf("}}", start + 2);
            if (end < 0) {
                throw new DocumentException("documents.error.unclosed-tag", line);
            }
            String tag = source.substring(start + 2, end).strip();
            pos = end + 2;
            if (tag.startsWith("!")) {
                continue;
            }
            char sigil = tag.isEmpty() ? ' ' : tag.charAt(0);
            String name = (sigil == '#' || sigil == '^' || sigil == '/')
                    ? tag.substring(1).strip()
                    : tag;
            if (!NAME.matcher(name).matches() || name.contains("{") || source.startsWith("{{{", start)) {
                throw new DocumentException("documents.error.bad-tag", line, abbreviate(tag));
            }
            switch (sigil) {
                case '#', '^' -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw new DocumentException("documents.error.too-deep", line);
                    }
                    Section section = new Section(name, sigil == '^', new ArrayList<>(), line);
                    targets.peek().add(section);
                    open.push(section);
                    targets.push(section.children());
                }
                case '/' -> {
                    if (open.isEmpty()) {
                        throw new DocumentException("documents.error.unexpected-close", line, name);
                    }
                    if (!open.peek().name().equals(name)) {
                        throw new DocumentException(
                                "documents.error.mismatched-close",
                                line,
                                name,
                                open.peek().name(),
                                open.peek().line());
                    }
                    open.pop();
                    targets.pop();
                }
                default -> targets.peek().add(new Value(name));
            }
        }
        if (!open.isEmpty()) {
            throw new DocumentException(
                    "documents.error.unclosed-section",
                    open.peek().line(),
                    open.peek().name());
        }
        return new Template(List.copyOf(root));
    }

    /** Renders with the model; values are escaped for XML text and attributes. */
    String render(Map<String, ?> model, Locale locale) {
        StringBuilder out = new StringBuilder(4096);
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(model);
        render(nodes, stack, out, locale);
        return out.toString();
    }

    private static void render(List<Node> nodes, Deque<Object> stack, StringBuilder out, Locale locale) {
        for (Node node : nodes) {
            switch (node) {
                case Text t -> out.append(t.text());
                case Value v -> escape(text(lookup(stack, v.name()), locale), out);
                case Section s -> {
                    Object value = lookup(stack, s.name());
                    if (s.inverted()) {
                        if (!truthy(value)) {
                            render(s.children(), stack, out, locale);
                        }
                    } else if (value instanceof Collection<?> items) {
                        for (Object item : items) {
                            stack.push(item == null ? Map.of() : item);
                            render(s.children(), stack, out, locale);
                            stack.pop();
                        }
                    } else if (truthy(value)) {
                        stack.push(value);
                        render(s.children(), stack, out, locale);
                        stack.pop();
                    }
                }
            }
        }
    }

    /** Map-key lookups only: the first segment through the context stack, the rest inside that value. */
    private static Object lookup(Deque<Object> stack, String name) {
        if (name.equals(".")) {
            return stack.peek();
        }
        String[] parts = name.split("\\.");
        Object value = null;
        for (Object frame : stack) {
            if (frame instanceof Map<?, ?> map && map.containsKey(parts[0])) {
                value = map.get(parts[0]);
                break;
            }
        }
        for (int i = 1; i < parts.length && value != null; i++) {
            value = value instanceof Map<?, ?> map ? map.get(parts[i]) : null;
        }
        return value;
    }

    private static boolean truthy(Object value) {
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            case Collection<?> c -> !c.isEmpty();
            case Map<?, ?> m -> !m.isEmpty();
            case CharSequence s -> !s.isEmpty();
            default -> isPlain(value);
        };
    }

    private static boolean isPlain(Object value) {
        return value instanceof CharSequence
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof LocalDate
                || value instanceof LocalDateTime
                || value instanceof ZonedDateTime
                || value instanceof OffsetDateTime
                || value instanceof Instant;
    }

    /** Text of a plain value; anything else (maps, lists, arbitrary objects) renders as nothing. */
    private static String text(Object value, Locale locale) {
        return switch (value) {
            case null -> "";
            case String s -> s;
            case BigDecimal d -> {
                NumberFormat format = NumberFormat.getNumberInstance(locale);
                format.setMinimumFractionDigits(Math.max(0, d.scale()));
                format.setMaximumFractionDigits(Math.max(0, d.scale()));
                yield format.format(d);
            }
            case Integer i -> NumberFormat.getIntegerInstance(locale).format(i);
            case Long l -> NumberFormat.getIntegerInstance(locale).format(l);
            case Double d -> NumberFormat.getNumberInstance(locale).format(d);
            case Number n -> NumberFormat.getNumberInstance(locale).format(n.doubleValue());
            case Boolean b -> b.toString();
            case LocalDate d ->
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(d);
            case LocalDateTime d ->
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(d);
            case ZonedDateTime d ->
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(d);
            case OffsetDateTime d ->
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(d);
            case Instant i ->
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(i.atZone(ZoneOffset.UTC));
            default -> "";
        };
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '{' -> out.append("&#123;");
                default -> {
                    // characters XML 1.0 forbids would make the page unreadable: drop them
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
    }

    static int line(String source, int index) {
        int line = 1;
        for (int i = 0; i < index && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String abbreviate(String tag) {
        return tag.length() > 40 ? tag.substring(0, 40) + "…" : tag;
    }
}
