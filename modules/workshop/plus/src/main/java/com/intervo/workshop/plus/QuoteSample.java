package com.intervo.workshop.plus;

import com.intervo.workshop.SheetDocuments;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the preview of a repair quote adds to the kernel's common sample (company, customer, equipment, reported
 * problem, tracking code, currency): the quote's version and validity, the evaluation's findings, the lines with
 * their VAT and totals as {@link QuoteTotals} computes them, the warranty, the evaluation fee and the portal link
 * with its QR code. The common sample's customer gains a tax ID and its document number the quote's version.
 */
public final class QuoteSample {

    private static final int VERSION = 2;

    private QuoteSample() {}

    /** Adds the repair quote's keys to the common sample model, in the language (en, ro, ru or cs). */
    public static void addTo(Map<String, Object> model, String language) {
        String lang = language == null ? "en" : language;
        Locale locale = Locale.forLanguageTag(lang);

        Map<String, Object> document = copy(model.get("document"));
        Object number = document.getOrDefault("number", "FS-2026-00042");
        document.put("number", number + "/" + VERSION);
        document.putIfAbsent("date", LocalDate.of(2026, 11, 23));
        model.put("document", document);

        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("version", VERSION);
        quote.put("validUntil", LocalDate.of(2026, 12, 8));
        quote.put("supplementary", false);
        model.put("quote", quote);

        Map<String, Object> customer = copy(model.get("customer"));
        customer.put("taxId", pick(lang, "RO34567890", "RO34567890", "771234567890", "CZ7501011234"));
        model.put("customer", customer);

        model.putIfAbsent(
                "problem",
                pick(
                        lang,
                        "Does not heat water; error F28 on start.",
                        "Nu încălzește apa; eroare F28 la pornire.",
                        "Не греет воду; ошибка F28 при запуске.",
                        "Neohřívá vodu; při startu chyba F28."));
        List<Map<String, Object>> problems = List.of(
                problem(
                        pick(lang, "Ignition", "Aprindere", "Розжиг", "Zapalování"),
                        pick(
                                lang,
                                "Weak, intermittent spark",
                                "Scânteie slabă, intermitentă",
                                "Слабая, прерывистая искра",
                                "Slabá, přerušovaná jiskra"),
                        pick(
                                lang,
                                "Worn ignition electrode",
                                "Electrod de aprindere uzat",
                                "Изношен электрод розжига",
                                "Opotřebená zapalovací elektroda"),
                        pick(
                                lang,
                                "Electrode tip eroded, gap 5 mm",
                                "Vârful electrodului erodat, distanța 5 mm",
                                "Кончик электрода оплавлен, зазор 5 мм",
                                "Hrot elektrody opálený, mezera 5 mm")),
                problem(
                        pick(lang, "Gas valve", "Vană de gaz", "Газовый клапан", "Plynový ventil"),
                        pick(
                                lang,
                                "Does not open reliably (error F28)",
                                "Nu se deschide constant (eroare F28)",
                                "Открывается не всегда (ошибка F28)",
                                "Neotevírá spolehlivě (chyba F28)"),
                        pick(
                                lang,
                                "Faulty valve coil",
                                "Bobina vanei defectă",
                                "Неисправна катушка клапана",
                                "Vadná cívka ventilu"),
                        pick(
                                lang,
                                "Covered by the manufacturer's warranty",
                                "Acoperit de garanția producătorului",
                                "Гарантийный случай производителя",
                                "Kryto zárukou výrobce")),
                problem(
                        pick(lang, "Heat exchanger", "Schimbător de căldură", "Теплообменник", "Výměník tepla"),
                        pick(
                                lang,
                                "Low hot water flow",
                                "Debit redus de apă caldă",
                                "Слабый напор горячей воды",
                                "Nízký průtok teplé vody"),
                        pick(
                                lang,
                                "Limescale deposits",
                                "Depuneri de calcar",
                                "Известковые отложения",
                                "Usazený vodní kámen"),
                        ""));
        model.put("problems", problems);
        model.put("hasProblems", true);

        String currency = pick(lang, "RON", "RON", "RUB", "CZK");
        model.put("currency", currency);
        BigDecimal rate = new BigDecimal(pick(lang, "21", "21", "22", "21"));
        String pc = pick(lang, "pc", "buc", "шт.", "ks");
        String hours = pick(lang, "h", "oră", "ч", "hod");
        List<SampleLine> sample = List.of(
                new SampleLine(
                        pick(lang, "Service", "Serviciu", "Услуга", "Služba"),
                        "SRV-CMB",
                        pick(
                                lang,
                                "Combustion analysis and adjustment",
                                "Analiza și reglarea arderii",
                                "Анализ и настройка горения",
                                "Analýza a seřízení spalování"),
                        "1",
                        pc,
                        price(lang, "180.00", "3500.00", "850.00"),
                        price(lang, "0", "0", "0"),
                        false),
                new SampleLine(
                        pick(lang, "Part – replace", "Piesă – înlocuire", "Запчасть – замена", "Díl – výměna"),
                        "0020118",
                        pick(
                                lang,
                                "Ignition electrode",
                                "Electrod de aprindere",
                                "Электрод розжига",
                                "Zapalovací elektroda"),
                        "1",
                        pc,
                        price(lang, "85.50", "1700.00", "420.00"),
                        price(lang, "52.00", "1000.00", "250.00"),
                        false),
                new SampleLine(
                        pick(lang, "Part – replace", "Piesă – înlocuire", "Запчасть – замена", "Díl – výměna"),
                        "0020053",
                        pick(lang, "Gas valve", "Vană de gaz", "Газовый клапан", "Plynový ventil"),
                        "1",
                        pc,
                        price(lang, "640.00", "12500.00", "3100.00"),
                        price(lang, "410.00", "8000.00", "2000.00"),
                        true),
                new SampleLine(
                        pick(
                                lang,
                                "Part – recondition",
                                "Piesă – recondiționare",
                                "Запчасть – восстановление",
                                "Díl – repase"),
                        "",
                        pick(
                                lang,
                                "Heat exchanger – descaling",
                                "Schimbător de căldură – detartrare",
                                "Теплообменник – удаление накипи",
                                "Výměník tepla – odvápnění"),
                        "1",
                        pc,
                        price(lang, "220.00", "4200.00", "1050.00"),
                        price(lang, "35.00", "700.00", "170.00"),
                        false),
                new SampleLine(
                        pick(lang, "Labour", "Manoperă", "Работа", "Práce"),
                        "MAN-H",
                        pick(lang, "Repair work", "Manoperă reparație", "Работы по ремонту", "Práce technika"),
                        "2.5",
                        hours,
                        price(lang, "120.00", "2400.00", "600.00"),
                        price(lang, "60.00", "1200.00", "300.00"),
                        false));

        QuoteTotals.Totals totals = QuoteTotals.of(
                sample.stream()
                        .map(s -> new QuoteTotals.Line(
                                new BigDecimal(s.quantity()), s.unitCost(), s.unitPrice(), rate, s.warranty()))
                        .toList(),
                QuoteTotals.VatMode.PER_LINE,
                false,
                currency);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            SampleLine s = sample.get(i);
            QuoteTotals.LineAmount amount = totals.lines().get(i);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("position", i + 1);
            line.put("kind", s.kind());
            line.put("code", s.code());
            line.put("description", s.description());
            line.put("quantity", new BigDecimal(s.quantity()));
            line.put("unit", s.unit());
            line.put("unitPrice", s.unitPrice());
            line.put("vatRate", rate);
            line.put("net", amount.net());
            line.put("vat", amount.vat());
            line.put("gross", amount.gross());
            line.put("warranty", s.warranty());
            lines.add(line);
        }
        model.put("lines", lines);
        model.put("hasLines", true);
        model.put(
                "vatGroups",
                totals.vatGroups().stream()
                        .map(g -> Map.<String, Object>of("rate", g.rate(), "base", g.base(), "vat", g.vat()))
                        .toList());
        model.put("totals", Map.of("net", totals.net(), "vat", totals.vat(), "gross", totals.gross()));
        model.put("reverseCharge", false);
        model.put(
                "warranty",
                pick(
                        lang,
                        "Manufacturer's warranty on the gas valve, claim VW-2026-18734",
                        "Garanția producătorului pentru vana de gaz, dosar VW-2026-18734",
                        "Гарантия производителя на газовый клапан, заявка VW-2026-18734",
                        "Záruka výrobce na plynový ventil, reklamace VW-2026-18734"));
        model.put("evaluationFee", amount(price(lang, "150.00", "3000.00", "750.00"), locale));

        String trackingCode =
                model.get("trackingCode") instanceof String code && !code.isBlank() ? code : "K7Q-4M2-XP9";
        model.put("trackingCode", trackingCode);
        String portalUrl = "https://service.intervo.example/track/" + trackingCode;
        model.put("portalUrl", portalUrl);
        model.put("trackingQr", SheetDocuments.qrDataUri(portalUrl));
    }

    private record SampleLine(
            String kind,
            String code,
            String description,
            String quantity,
            String unit,
            BigDecimal unitPrice,
            BigDecimal unitCost,
            boolean warranty) {}

    private static Map<String, Object> problem(String point, String defect, String cause, String note) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("point", point);
        problem.put("defect", defect);
        problem.put("cause", cause);
        problem.put("note", note);
        return problem;
    }

    /** A price in the sample's currency: RON in en and ro, RUB in ru, CZK in cs. */
    private static BigDecimal price(String lang, String ron, String rub, String czk) {
        return new BigDecimal(pick(lang, ron, ron, rub, czk));
    }

    /** An amount as the documents print numbers in the language. */
    private static String amount(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(value.scale());
        format.setMaximumFractionDigits(value.scale());
        return format.format(value);
    }

    private static Map<String, Object> copy(Object value) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        }
        return copy;
    }

    private static String pick(String lang, String en, String ro, String ru, String cs) {
        return switch (lang) {
            case "ro" -> ro;
            case "ru" -> ru;
            case "cs" -> cs;
            default -> en;
        };
    }
}
