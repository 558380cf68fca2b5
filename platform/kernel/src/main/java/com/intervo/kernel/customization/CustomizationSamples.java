package com.intervo.kernel.customization;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ready-made definitions for demo data and new workspaces. The typical example: a gas boiler carries its
 * service contract number, its ISCIR registration number and the ISCIR inspection due date.
 */
public final class CustomizationSamples {

    private CustomizationSamples() {}

    /** The three fields of the equipment type "Gas boiler"; create them with {@link CustomFieldService#create}. */
    public static List<CustomFieldDraft> gasBoilerFields(UUID gasBoilerTypeId) {
        return List.of(
                new CustomFieldDraft(
                        CustomizableEntity.EQUIPMENT,
                        gasBoilerTypeId,
                        "contract_no",
                        CustomFieldType.TEXT,
                        false,
                        Map.of("en", "Contract no.", "ro", "Nr. contract", "ru", "№ договора", "cs", "Číslo smlouvy"),
                        Map.of(
                                "en",
                                "Service contract covering this boiler",
                                "ro",
                                "Contractul de service care acoperă această centrală",
                                "ru",
                                "Договор на обслуживание этого котла",
                                "cs",
                                "Servisní smlouva na tento kotel"),
                        List.of()),
                new CustomFieldDraft(
                        CustomizableEntity.EQUIPMENT,
                        gasBoilerTypeId,
                        "iscir_registration_no",
                        CustomFieldType.TEXT,
                        true,
                        Map.of(
                                "en",
                                "ISCIR registration no.",
                                "ro",
                                "Nr. înregistrare ISCIR",
                                "ru",
                                "Рег. номер ISCIR",
                                "cs",
                                "Registrační číslo ISCIR"),
                        Map.of(
                                "en",
                                "As printed on the ISCIR certificate",
                                "ro",
                                "Așa cum apare pe certificatul ISCIR",
                                "ru",
                                "Как указано в свидетельстве ISCIR",
                                "cs",
                                "Podle osvědčení ISCIR"),
                        List.of()),
                new CustomFieldDraft(
                        CustomizableEntity.EQUIPMENT,
                        gasBoilerTypeId,
                        "iscir_due_date",
                        CustomFieldType.DATE,
                        true,
                        Map.of(
                                "en",
                                "ISCIR due date",
                                "ro",
                                "Scadență ISCIR",
                                "ru",
                                "Срок проверки ISCIR",
                                "cs",
                                "Termín revize ISCIR"),
                        Map.of(
                                "en",
                                "Next periodic inspection (RTP) is due by this date",
                                "ro",
                                "Următoarea revizie tehnică periodică (RTP) este scadentă la această dată",
                                "ru",
                                "Следующая периодическая проверка (RTP) до этой даты",
                                "cs",
                                "Do tohoto data je nutná další pravidelná revize"),
                        List.of()));
    }
}
