package com.intervo.workshop.plus;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.documents.DocumentDefaults;
import com.intervo.kernel.documents.DocumentKind;
import com.intervo.kernel.documents.DocumentKindDefinition;
import com.intervo.kernel.documents.DocumentRenderer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * The repair quote's default templates in every language pass the template editor's checks with the preview sample
 * and print what the customer must read, whichever of their optional parts the quote has.
 */
class QuoteTemplatesRenderTest {

    /** As the module registers it; the kernel derives the file names from the key. */
    private static final DocumentKindDefinition REPAIR_QUOTE = DocumentKindDefinition.of(
                    DocumentKind.of("REPAIR_QUOTE"),
                    "workshopplus.document.repair-quote",
                    "documents/workshopplus",
                    "FS",
                    30)
            .withSample(QuoteSample::addTo);

    private static final java.util.concurrent.atomic.AtomicInteger SAMPLES =
            new java.util.concurrent.atomic.AtomicInteger();

    private final DocumentRenderer renderer = new DocumentRenderer();

    private String render(String language, Consumer<Map<String, Object>> change) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        String template = DocumentDefaults.template(REPAIR_QUOTE, locale);
        Map<String, Object> model = DocumentDefaults.sampleModel(REPAIR_QUOTE, locale);
        change.accept(model);
        // what the editor checks before it saves a template: tags, well-formed XHTML, nothing the sandbox removes
        renderer.validate(template, model, locale);
        byte[] pdf = renderer.render(template, model, locale);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        // kept for a look (pdftoppm): target/quote-samples/<language>-<n>.pdf
        java.nio.file.Path samples = java.nio.file.Path.of("target", "quote-samples");
        java.nio.file.Files.createDirectories(samples);
        java.nio.file.Files.write(samples.resolve(language + "-" + SAMPLES.incrementAndGet() + ".pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static String pick(String lang, String en, String ro, String ru, String cs) {
        return switch (lang) {
            case "ro" -> ro;
            case "ru" -> ru;
            case "cs" -> cs;
            default -> en;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ro", "ru", "cs"})
    void theSamplePrintsTheQuoteWithItsFindingsLinesTotalsAndPortal(String lang) throws IOException {
        String text = render(lang, model -> {});

        assertThat(text)
                .contains(pick(lang, "Repair quote", "Ofertă de reparație", "Смета на ремонт", "Cenová nabídka opravy"))
                .doesNotContain(pick(lang, "Supplementary", "suplimentară", "Дополнительная", "Dodatečná"))
                .contains("FS-2026-00042/2")
                .contains("VW-2026-18734")
                .contains(pick(
                        lang,
                        "Ignition electrode",
                        "Electrod de aprindere",
                        "Электрод розжига",
                        "Zapalovací elektroda"))
                .contains("https://service.intervo.example/track/K7Q-4M2-XP9")
                .contains("K7Q-4M2-XP9")
                .doesNotContain("{{")
                .doesNotContainPattern("\\b(true|false)\\b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ro", "ru", "cs"})
    void aSupplementaryQuoteUnderReverseChargeSaysSo(String lang) throws IOException {
        String text = render(lang, model -> {
            model.put("quote", Map.of("version", 3, "supplementary", true));
            model.put("reverseCharge", true);
            model.put("warranty", "");
            model.put("evaluationFee", "");
        });

        assertThat(text)
                .contains(pick(
                        lang,
                        "Supplementary repair quote",
                        "Ofertă suplimentară de reparație",
                        "Дополнительная смета на ремонт",
                        "Dodatečná cenová nabídka opravy"))
                .contains(pick(
                        lang, "Reverse charge", "Taxare inversă", "Обратное начисление НДС", "Daň odvede zákazník"))
                .doesNotContain("VW-2026-18734")
                .doesNotContain("{{");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ro", "ru", "cs"})
    void aQuoteWithoutFindingsLinesOrTrackingStillPrints(String lang) throws IOException {
        String text = render(lang, model -> {
            model.put("problems", List.of());
            model.put("hasProblems", false);
            model.put("lines", List.of());
            model.put("hasLines", false);
            model.put("vatGroups", List.of());
            model.put("trackingCode", "");
            model.put("trackingQr", "");
            model.put("portalUrl", "");
        });

        assertThat(text)
                .contains(pick(
                        lang,
                        "No work needs to be charged.",
                        "Nu sunt lucrări de facturat.",
                        "Работ к оплате нет.",
                        "Žádné práce k účtování."))
                .doesNotContain("K7Q-4M2-XP9");
    }
}
