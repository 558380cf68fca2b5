package com.intervo.workshop.plus;

import com.intervo.crm.CatalogRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What Plus keeps of a service sheet beyond Simple's fields: its stage, the equipment type, the common problems ticked
 * and services ordered at intake, the initial findings, the warranty, and how it ended.
 *
 * @param outcomeNote  why it ended irreparable, or the customer's comment on a declined quote
 * @param missingParts the parts an "irreparable — no compatible parts" sheet names
 */
public record PlusSheet(
        UUID sheetId,
        long version,
        Plus.Stage stage,
        boolean evaluationRequired,
        UUID equipmentTypeId,
        String initialFindings,
        Plus.Warranty warranty,
        String warrantyClaim,
        LocalDate warrantyUntil,
        boolean reverseCharge,
        List<CatalogRef> problems,
        List<OrderedService> services,
        Instant evaluatedAt,
        String evaluatedBy,
        String outcomeNote,
        Instant finishedAt,
        List<MissingPart> missingParts) {

    /** A catalog service the customer ordered at intake. */
    public record OrderedService(UUID serviceId, String name, BigDecimal quantity) {}

    /** A part named as missing (its catalog entry, or only a name when it is not in the catalog). */
    public record MissingPart(UUID partId, String name) {}

    public boolean underWarranty() {
        return warranty != Plus.Warranty.NONE;
    }
}
