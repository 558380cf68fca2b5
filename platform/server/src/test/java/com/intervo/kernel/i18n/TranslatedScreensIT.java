package com.intervo.kernel.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.ui.MenuModel;
import com.intervo.kernel.ui.chart.EChart;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.WithIntervoUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every screen of the menu (and a service sheet and an equipment card) in each language, as an admin of a
 * workspace with every module: no raw translation key ({@code !module.key!}), no English or ISO date, no money
 * written the English way, no "(s)" plural, and the page says which language it is in. Grid cells, headers,
 * footers, field labels and chart axes count as text.
 */
@TenantIntegrationTest
class TranslatedScreensIT extends SpringBrowserlessTest {

    static final Pattern RAW_KEY = Pattern.compile("![a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+!");
    static final Pattern ENGLISH_DATE = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{1,2}, \\d{4}\\b|\\d{1,2}:\\d{2}\\s?[AP]M\\b");
    static final Pattern SHORT_US_DATE = Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");
    static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    static final Pattern ENGLISH_MONEY =
            Pattern.compile("\\d\\.\\d{1,4} [A-Z]{3}\\b|\\b[A-Z]{3}\\s\\d[\\d,]*\\.\\d{2}\\b");
    static final Pattern PLURAL_HACK = Pattern.compile("\\(s\\)");

    @Autowired
    MenuModel menu;

    @Autowired
    Messages messages;

    @ParameterizedTest
    @ValueSource(strings = {"ro", "ru", "cs", "en"})
    @WithIntervoUser(workspace = "demo", username = "admin")
    void everyScreenSpeaksTheLanguageOfThePage(String language) {
        Locale locale = Locale.forLanguageTag(language);
        UI.getCurrent().setLocale(locale);
        List<String> problems = new ArrayList<>();
        List<String> routes = new ArrayList<>();
        menu.groups().forEach(g -> g.entries().forEach(e -> routes.add(e.path())));
        assertThat(routes).contains("/admin/company", "/workshop/reports", "/workshop/queue");
        for (String route : routes) {
            navigate(route, Component.class);
            List<String> texts = check(route, language, problems);
            if (route.equals("/admin/company")) {
                // grid cells are read: the numbering series a module adds is listed by its name
                assertThat(texts).contains(messages.getTranslation("company.series.work_report", locale));
            }
            assertThat(UI.getCurrent().getElement().getAttribute("lang"))
                    .as("lang of %s", route)
                    .isEqualTo(language);
        }
        // screens reached from a list: a service sheet (history, log, money) and an equipment card (timeline)
        navigate("workshop/queue", Component.class);
        test(find(Grid.class).withId("queue-grid").single()).clickRow(0);
        check("a service sheet", language, problems);
        navigate("equipment", Component.class);
        test(find(Grid.class).all().getFirst()).clickRow(0);
        check("an equipment card", language, problems);
        assertThat(problems).isEmpty();
    }

    private List<String> check(String screen, String language, List<String> problems) {
        List<String> texts = texts();
        List<Pattern> forbidden = new ArrayList<>(List.of(RAW_KEY, ISO_DATE, PLURAL_HACK, SHORT_US_DATE));
        if (!language.equals("en")) {
            forbidden.add(ENGLISH_DATE);
            forbidden.add(ENGLISH_MONEY);
        }
        for (String text : texts) {
            for (Pattern pattern : forbidden) {
                Matcher m = pattern.matcher(text);
                if (m.find()) {
                    problems.add(language + " " + screen + ": \"" + m.group() + "\" in \"" + abbreviate(text) + "\"");
                }
            }
        }
        return texts;
    }

    /** What a person reads: text of every element, field labels and helpers, grid cells, chart labels. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<String> texts() {
        List<String> texts = new ArrayList<>();
        collect(UI.getCurrent().getElement(), texts);
        for (Grid grid : find(Grid.class).all()) {
            var tester = test(grid);
            int columns = grid.getColumns().size();
            for (int c = 0; c < columns; c++) {
                try {
                    texts.add(nullToEmpty(tester.getHeaderCell(c)));
                    texts.add(nullToEmpty(tester.getFooterCell(c)));
                } catch (RuntimeException noHeaderOrFooter) {
                    // a grid without header or footer rows
                }
            }
            for (int row = 0; row < Math.min(tester.size(), 8); row++) {
                for (int c = 0; c < columns; c++) {
                    try {
                        texts.add(nullToEmpty(tester.getCellText(row, c)));
                    } catch (RuntimeException componentCell) {
                        Component cell = tester.getCellComponent(row, c);
                        if (cell != null) {
                            collect(cell.getElement(), texts);
                        }
                    }
                }
            }
        }
        for (EChart chart : find(EChart.class).all()) {
            texts.addAll(chart.labels());
        }
        return texts;
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        Stream.of("label", "helperText", "placeholder", "headerTitle", "title", "errorMessage")
                .map(p -> element.getProperty(p, null))
                .filter(v -> v != null && !v.isBlank())
                .forEach(texts::add);
        element.getChildren().forEach(child -> collect(child, texts));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }
}
