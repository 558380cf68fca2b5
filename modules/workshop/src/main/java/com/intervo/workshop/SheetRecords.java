package com.intervo.workshop;

import com.intervo.crm.CustomerRef;
import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentRef;
import com.intervo.crm.EquipmentService;
import com.intervo.workshop.domain.ServiceSheet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns sheets into the records the views, the API, documents and mails read, with the CRM's customer and
 * equipment read through its API (a list asks once for all its customers). Runs inside the caller's transaction.
 */
@Component
class SheetRecords {

    private final CustomerService customers;
    private final EquipmentService equipment;

    SheetRecords(CustomerService customers, EquipmentService equipment) {
        this.customers = customers;
        this.equipment = equipment;
    }

    SheetDetails details(ServiceSheet sheet) {
        return details(List.of(sheet)).get(0);
    }

    List<SheetDetails> details(List<ServiceSheet> sheets) {
        Map<UUID, CustomerRef> people =
                customers.refs(sheets.stream().map(ServiceSheet::getCustomerId).toList());
        Map<UUID, EquipmentRef> devices =
                equipment.refs(sheets.stream().map(ServiceSheet::getEquipmentId).toList());
        return sheets.stream()
                .map(s -> of(s, people.get(s.getCustomerId()), devices.get(s.getEquipmentId())))
                .toList();
    }

    static SheetDetails of(ServiceSheet s, CustomerRef customer, EquipmentRef device) {
        // the foreign keys keep both in the CRM; a missing one would be a data error, shown as empty
        CustomerRef c = customer != null
                ? customer
                : new CustomerRef(s.getCustomerId(), null, "", null, null, null, null, false, List.of());
        EquipmentRef e = device != null
                ? device
                : new EquipmentRef(
                        s.getEquipmentId(),
                        s.getCustomerId(),
                        null,
                        "",
                        "",
                        null,
                        null,
                        "",
                        "",
                        "",
                        null,
                        null,
                        null,
                        null,
                        false,
                        null);
        return new SheetDetails(
                s.getId(),
                Objects.requireNonNullElse(s.getVersion(), 0L),
                s.getNumber(),
                s.getTrackingCode(),
                c,
                e,
                s.getProblem(),
                s.getAccessories(),
                s.getVisibleCondition(),
                s.getEstimatedCost(),
                s.getCurrency(),
                s.getPromisedDate(),
                s.getReceivedAt(),
                s.getLanguage(),
                s.getStatusKey(),
                s.getStatusSince(),
                s.getTechnicianId(),
                s.getTechnicianName(),
                s.isQuestionOpen(),
                s.getFinalNotes(),
                s.getHandedOverAt(),
                s.getHandedOverBy(),
                s.getClosedAt(),
                s.getIntakeProtocolFileId(),
                s.getHandoverProtocolFileId(),
                s.getCustomFields(),
                s.getCreatedAt(),
                s.getCreatedBy());
    }
}
