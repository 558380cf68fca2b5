package com.intervo.kernel.ui.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn by Apache ECharts (Apache-2.0, from its webjar; no frontend build). Bar, line or pie from labels
 * and one or more named series; the option object is built here, so no script comes from users.
 */
@Tag("div")
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
@JavaScript("context://scripts/intervo-chart.js")
public class EChart extends Div {

    public enum Type {
        BAR,
        LINE,
        PIE,
        STACKED_BAR
    }

    /** One series: its name and a value per label; colours optional (per label for pies and single bars). */
    public record Series(String name, List<? extends Number> values, List<String> colours) {

        public Series(String name, List<? extends Number> values) {
            this(name, values, List.of());
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Type type = Type.BAR;
    private List<String> labels = List.of();
    private List<Series> series = List.of();
    private String currency;

    public EChart() {
        addClassName("intervo-chart");
        setWidthFull();
        setHeight("18rem");
    }

    public void setData(Type type, List<String> labels, List<Series> series) {
        this.type = type;
        this.labels = List.copyOf(labels);
        this.series = List.copyOf(series);
        if (isAttached()) {
            draw();
        }
    }

    /** The category labels as drawn (axis or legend). */
    public List<String> labels() {
        return labels;
    }

    /** The series are amounts of this currency: the tooltip writes them as money. */
    public void setCurrency(String currency) {
        this.currency = currency;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        draw();
    }

    private void draw() {
        getElement().setAttribute("data-points", String.valueOf(labels.size()));
        Map<String, Object> option = new java.util.LinkedHashMap<>(option());
        // numbers on axes and in tooltips are written in the page's language by intervo-chart.js
        Map<String, Object> format = new java.util.LinkedHashMap<>();
        format.put(
                "locale",
                com.intervo.kernel.i18n.Messages.supported(getLocale()).toLanguageTag());
        if (currency != null) {
            format.put("currency", currency);
        }
        option.put("intervoFormat", format);
        getElement().setAttribute("data-locale", (String) format.get("locale"));
        getElement()
                .executeJs(
                        "const el = this; const option = $0;"
                                + "(function run() { if (window.echarts && window.intervoChart) { window.intervoChart.draw(el, option); }"
                                + " else { setTimeout(run, 50); } })();",
                        JSON.writeValueAsString(option));
    }

    private Map<String, Object> option() {
        if (type == Type.PIE) {
            Series s = series.isEmpty() ? new Series("", List.of()) : series.getFirst();
            List<Map<String, Object>> data = new java.util.ArrayList<>();
            for (int i = 0; i < labels.size() && i < s.values().size(); i++) {
                Map<String, Object> point = new java.util.LinkedHashMap<>();
                point.put("name", labels.get(i));
                point.put("value", s.values().get(i));
                if (i < s.colours().size()) {
                    point.put("itemStyle", Map.of("color", s.colours().get(i)));
                }
                data.add(point);
            }
            return Map.of(
                    "tooltip",
                    Map.of("trigger", "item"),
                    "legend",
                    Map.of("bottom", 0, "type", "scroll"),
                    "series",
                    List.of(Map.of("type", "pie", "radius", List.of("35%", "65%"), "name", s.name(), "data", data)));
        }
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (Series s : series) {
            Map<String, Object> item = new java.util.LinkedHashMap<>();
            item.put("type", type == Type.LINE ? "line" : "bar");
            item.put("name", s.name());
            if (type == Type.STACKED_BAR) {
                item.put("stack", "total");
            }
            if (!s.colours().isEmpty() && series.size() == 1) {
                List<Map<String, Object>> data = new java.util.ArrayList<>();
                for (int i = 0; i < s.values().size(); i++) {
                    data.add(Map.of(
                            "value",
                            s.values().get(i),
                            "itemStyle",
                            Map.of("color", i < s.colours().size() ? s.colours().get(i) : "#1a5fb4")));
                }
                item.put("data", data);
            } else {
                item.put("data", s.values());
            }
            out.add(item);
        }
        return Map.of(
                "tooltip",
                Map.of("trigger", "axis"),
                "legend",
                Map.of("bottom", 0, "type", "scroll"),
                "grid",
                Map.of("left", 8, "right", 8, "top", 16, "bottom", 40, "containLabel", true),
                "xAxis",
                Map.of("type", "category", "data", labels),
                "yAxis",
                yAxis(),
                "series",
                out);
    }

    /** Counts have whole-number ticks (no "0.2 sheets"). */
    private Map<String, Object> yAxis() {
        boolean counts = series.stream()
                .flatMap(s -> s.values().stream())
                .allMatch(v -> v instanceof Integer || v instanceof Long || v instanceof Short);
        return counts ? Map.of("type", "value", "minInterval", 1) : Map.of("type", "value");
    }
}
