package com.intervo.dispatch;

import static com.intervo.kernel.documents.DocumentDefaults.inLanguage;

import com.intervo.kernel.documents.DocumentDefaults;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** What a field technician's work report adds to the preview sample: ticket, hours, checklist, photos, signature. */
final class WorkReportSample {

    private WorkReportSample() {}

    static void addTo(Map<String, Object> model, String lang) {
        model.put("ticket", Map.of("number", "T-2026-00042"));
        model.put("labour", Map.of("hours", new BigDecimal("1.58"), "minutes", 95));
        String ok = inLanguage(lang, "OK", "OK", "OK", "OK");
        String problem = inLanguage(lang, "Problem", "Problemă", "Проблема", "Problém");
        model.put(
                "checklistName",
                inLanguage(lang, "Boiler inspection", "Revizie centrală termică", "Осмотр котла", "Revize kotle"));
        model.put(
                "checklist",
                List.of(
                        Map.of(
                                "text",
                                inLanguage(
                                        lang,
                                        "Gas tightness",
                                        "Etanșeitate instalație gaz",
                                        "Герметичность газа",
                                        "Těsnost plynu"),
                                "answer",
                                ok,
                                "ok",
                                true),
                        Map.of(
                                "text",
                                inLanguage(
                                        lang,
                                        "Expansion vessel pressure",
                                        "Presiune vas de expansiune",
                                        "Давление расширительного бака",
                                        "Tlak expanzní nádoby"),
                                "answer",
                                problem,
                                "ok",
                                false,
                                "defect",
                                inLanguage(lang, "Low pressure", "Presiune scăzută", "Низкое давление", "Nízký tlak"),
                                "note",
                                inLanguage(
                                        lang,
                                        "Refilled to 1.2 bar",
                                        "Reumplut la 1,2 bar",
                                        "Подкачано до 1,2 бар",
                                        "Dopuštěno na 1,2 bar"))));
        model.put("hasChecklist", true);
        model.put("photos", List.of(Map.of("src", DocumentDefaults.sampleSignatureImage(), "name", "photo-1.png")));
        model.put("hasPhotos", true);
        model.put(
                "signature",
                Map.of(
                        "image",
                        DocumentDefaults.sampleSignatureImage(),
                        "name",
                        inLanguage(lang, "Ștefan Țăranu", "Ștefan Țăranu", "Пётр Соколов", "Jiří Dvořák"),
                        "at",
                        LocalDateTime.of(2026, 11, 23, 11, 14)));
    }
}
