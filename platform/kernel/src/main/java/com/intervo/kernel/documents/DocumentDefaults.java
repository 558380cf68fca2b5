package com.intervo.kernel.documents;

import com.intervo.kernel.i18n.Messages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * What ships in the jars: a kind's default template in every language (in its module's resources), the general
 * terms and conditions (a kind may ship its own), and sample data (customers with Romanian, Czech and Russian
 * names) for previews. No database needed.
 */
public final class DocumentDefaults {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final String SAMPLE_QR = sampleQr();
    private static final String SAMPLE_SIGNATURE = sampleSignature();

    private DocumentDefaults() {}

    /** The language code documents use for a locale: en, ro, ru or cs. */
    public static String language(Locale locale) {
        return Messages.supported(locale).getLanguage();
    }

    /** The kind's default template in the locale's language, from its module's resources. */
    public static String template(DocumentKindDefinition kind, Locale locale) {
        return resource(kind.templatePath(language(locale)));
    }

    /** The shipped terms of a kind of document: its own ({@code terms-<kind>_<lang>.txt}) or the general ones. */
    public static String terms(DocumentKindDefinition kind, Locale locale) {
        String own = kind.termsPath(language(locale));
        if (DocumentDefaults.class.getClassLoader().getResource(own) != null) {
            return resource(own).strip();
        }
        return resource("documents/defaults/terms_" + language(locale) + ".txt").strip();
    }

    private static String resource(String path) {
        return CACHE.computeIfAbsent(path, p -> {
            try (InputStream in = DocumentDefaults.class.getClassLoader().getResourceAsStream(p)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + p);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A complete model for a preview of the kind in the language, as a real document would get it. */
    public static Map<String, Object> sampleModel(DocumentKindDefinition kind, Locale locale) {
        String lang = language(locale);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(
                "company",
                new LinkedHashMap<>(Map.of(
                        "name",
                                pick(
                                        lang,
                                        "Intervo Service SRL",
                                        "Intervo Service SRL",
                                        "ООО «Интерво Сервис»",
                                        "Intervo Servis s.r.o."),
                        "address",
                                pick(
                                        lang,
                                        "12 Station Road, Cluj-Napoca",
                                        "Str. Mărășești 12, Iași",
                                        "ул. Садовая, д. 5, Москва",
                                        "Křižíkova 18, Praha 8"),
                        "phone", "+40 232 555 010",
                        "email", "service@intervo.example",
                        "taxId", pick(lang, "RO12345678", "RO12345678", "7701234567", "CZ12345678"),
                        "bank", pick(lang, "Banca Transilvania", "Banca Transilvania", "Сбербанк", "Česká spořitelna"),
                        "iban", "RO49 AAAA 1B31 0075 9384 0000")));
        model.put(
                "document", Map.of("number", kind.numberPrefix() + "-2026-00042", "date", LocalDate.of(2026, 11, 23)));
        model.put(
                "customer",
                Map.of(
                        "name",
                        pick(lang, "Ștefan Țăranu", "Ștefan Țăranu", "Пётр Ильич Соколов", "Jiří Dvořák"),
                        "address",
                        pick(
                                lang,
                                "Bd. Independenței 8, Iași",
                                "Bd. Independenței 8, Iași",
                                "пр. Мира, д. 17, кв. 4, Санкт-Петербург",
                                "Žerotínova 7, Brno"),
                        "phone",
                        "+40 744 000 111",
                        "email",
                        "client@example.com"));
        model.put(
                "equipment",
                Map.of(
                        "type",
                        pick(lang, "Gas boiler", "Centrală termică", "Газовый котёл", "Plynový kotel"),
                        "manufacturer",
                        "Vaillant",
                        "model",
                        "ecoTEC plus VU 256",
                        "serial",
                        "21184500100252",
                        "accessories",
                        pick(
                                lang,
                                "Power cable, remote thermostat",
                                "Cablu de alimentare, termostat",
                                "Кабель питания, термостат",
                                "Napájecí kabel, termostat"),
                        "condition",
                        pick(
                                lang,
                                "Scratches on the front panel",
                                "Zgârieturi pe panoul frontal",
                                "Царапины на передней панели",
                                "Škrábance na čelním panelu")));
        model.put(
                "site",
                Map.of(
                        "address",
                        pick(
                                lang,
                                "Str. Florilor 3, Iași",
                                "Str. Florilor 3, Iași",
                                "ул. Лесная, д. 9, Москва",
                                "Údolní 12, Brno")));
        model.put(
                "problem",
                pick(
                        lang,
                        "Does not heat water; error F28 on start.",
                        "Nu încălzește apa; eroare F28 la pornire.",
                        "Не греет воду; ошибка F28 при запуске.",
                        "Neohřívá vodu; při startu chyba F28."));
        model.put(
                "findings",
                pick(
                        lang,
                        "Ignition electrode worn, gas valve dirty.",
                        "Electrod de aprindere uzat, vană de gaz murdară.",
                        "Изношен электрод розжига, загрязнён газовый клапан.",
                        "Opotřebená zapalovací elektroda, znečištěný plynový ventil."));
        model.put(
                "workDone",
                pick(
                        lang,
                        "Replaced the ignition electrode, cleaned the gas valve, checked combustion.",
                        "Înlocuit electrodul de aprindere, curățat vana de gaz, verificată arderea.",
                        "Заменён электрод розжига, очищен газовый клапан, проверено горение.",
                        "Vyměněna zapalovací elektroda, vyčištěn plynový ventil, zkontrolováno spalování."));
        model.put(
                "workNotCharged",
                pick(
                        lang,
                        "Checked the combustion and the flue.",
                        "Verificată arderea și evacuarea gazelor.",
                        "Проверены горение и дымоход.",
                        "Zkontrolováno spalování a odtah spalin."));
        model.put("notes", "");
        model.put("technician", pick(lang, "Andrei Popescu", "Andrei Popescu", "Алексей Смирнов", "Tomáš Řezníček"));
        model.put("arrivedAt", LocalDateTime.of(2026, 11, 23, 9, 40));
        model.put("finishedAt", LocalDateTime.of(2026, 11, 23, 11, 15));
        model.put("trackingCode", "K7Q-4M2-XP9");
        model.put("trackingQr", "");
        model.put("estimate", new BigDecimal("450.00"));
        model.put("currency", pick(lang, "RON", "RON", "RUB", "CZK"));
        model.put("validUntil", LocalDate.of(2026, 12, 23));
        model.put("dueDate", LocalDate.of(2026, 12, 8));
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item(
                pick(lang, "Diagnosis", "Diagnosticare", "Диагностика", "Diagnostika"),
                "1",
                pick(lang, "pc", "buc", "шт.", "ks"),
                "120.00"));
        items.add(item(
                pick(lang, "Ignition electrode", "Electrod de aprindere", "Электрод розжига", "Zapalovací elektroda"),
                "1",
                pick(lang, "pc", "buc", "шт.", "ks"),
                "85.50"));
        items.add(item(
                pick(lang, "Labour", "Manoperă", "Работа", "Práce"),
                "1.5",
                pick(lang, "h", "oră", "ч", "hod"),
                "150.00"));
        model.put("items", items);
        model.put("hasItems", true);
        BigDecimal net = items.stream().map(i -> (BigDecimal) i.get("total")).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rate = new BigDecimal(pick(lang, "21", "21", "20", "21"));
        BigDecimal vat = net.multiply(rate).divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
        model.put("totals", Map.of("net", net, "vatRate", rate, "vat", vat, "gross", net.add(vat)));
        model.put("terms", terms(kind, locale));
        kind.sample().addTo(model, lang);
        return model;
    }

    /** A stand-in QR code for samples (a kind whose documents print one adds it in its sample). */
    public static String sampleQrCode() {
        return SAMPLE_QR;
    }

    /** A hand-drawn-looking signature (or photo) for samples, as a data URI. */
    public static String sampleSignatureImage() {
        return SAMPLE_SIGNATURE;
    }

    /** The sample text for the language: en, ro, ru or cs. */
    public static String inLanguage(String lang, String en, String ro, String ru, String cs) {
        return pick(lang, en, ro, ru, cs);
    }

    private static Map<String, Object> item(String description, String quantity, String unit, String price) {
        BigDecimal q = new BigDecimal(quantity);
        BigDecimal p = new BigDecimal(price);
        return Map.of(
                "description",
                description,
                "quantity",
                q,
                "unit",
                unit,
                "price",
                p,
                "total",
                q.multiply(p).setScale(2, RoundingMode.HALF_UP));
    }

    private static String pick(String lang, String en, String ro, String ru, String cs) {
        return switch (lang) {
            case "ro" -> ro;
            case "ru" -> ru;
            case "cs" -> cs;
            default -> en;
        };
    }

    /** A hand-drawn-looking line for the sample signature: a PNG drawn here, as a data URI. */
    private static String sampleSignature() {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 240, 80);
        g.setColor(new Color(20, 40, 120));
        g.setStroke(new java.awt.BasicStroke(2.5f));
        int previousX = 10;
        int previousY = 50;
        for (int x = 12; x < 230; x += 2) {
            int y = (int) (45 + 18 * Math.sin(x / 14.0) * Math.cos(x / 37.0));
            g.drawLine(previousX, previousY, x, y);
            previousX = x;
            previousY = y;
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stand-in for the QR code the workshop will print: a PNG drawn here, as a data URI. */
    private static String sampleQr() {
        int cells = 21;
        int scale = 4;
        BufferedImage image = new BufferedImage(cells * scale, cells * scale, BufferedImage.TYPE_BYTE_BINARY);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, cells * scale, cells * scale);
        g.setColor(Color.BLACK);
        long bits = 0x5DEECE66DL;
        for (int y = 0; y < cells; y++) {
            for (int x = 0; x < cells; x++) {
                boolean finder = (x < 7 && y < 7) || (x >= cells - 7 && y < 7) || (x < 7 && y >= cells - 7);
                boolean on;
                if (finder) {
                    int fx = x >= cells - 7 ? x - (cells - 7) : x;
                    int fy = y >= cells - 7 ? y - (cells - 7) : y;
                    on = fx == 0 || fx == 6 || fy == 0 || fy == 6 || (fx >= 2 && fx <= 4 && fy >= 2 && fy <= 4);
                } else {
                    bits = (bits * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
                    on = ((bits >>> 17) & 1) == 1;
                }
                if (on) {
                    g.fillRect(x * scale, y * scale, scale, scale);
                }
            }
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
