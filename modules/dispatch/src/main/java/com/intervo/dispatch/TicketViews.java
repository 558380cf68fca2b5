package com.intervo.dispatch;

import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.crm.domain.Site;
import com.intervo.dispatch.domain.Technicians;
import com.intervo.dispatch.domain.Ticket;
import com.intervo.dispatch.domain.TicketAction;
import com.intervo.kernel.files.FileStorage;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns tickets into the records the API, the views and the documents read. Runs inside the caller's transaction. */
@Component
class TicketViews {

    static final String PHOTO_OWNER = "TICKET";
    static final String SIGNATURE_OWNER = "TICKET_SIGNATURE";
    static final String REPORT_OWNER = "TICKET_REPORT";

    private final CustomerService customers;
    private final EquipmentService equipment;
    private final Technicians technicians;
    private final FileStorage files;

    TicketViews(CustomerService customers, EquipmentService equipment, Technicians technicians, FileStorage files) {
        this.customers = customers;
        this.equipment = equipment;
        this.technicians = technicians;
        this.files = files;
    }

    /** Lookups shared by the tickets of one list, so a board of a hundred tickets asks once per customer. */
    final class Lookup {
        private final Map<UUID, Optional<Customer>> customerCache = new HashMap<>();
        private final Map<UUID, Optional<Equipment>> equipmentCache = new HashMap<>();
        private final Map<UUID, String> userNames;
        private final Map<UUID, String> zoneNames;

        Lookup(Collection<Ticket> tickets) {
            Set<UUID> users = new HashSet<>();
            tickets.forEach(t -> {
                if (t.getTechnicianId() != null) {
                    users.add(t.getTechnicianId());
                }
            });
            userNames = technicians.names(users);
            zoneNames = technicians.zoneNames();
        }

        Optional<Customer> customer(UUID id) {
            return customerCache.computeIfAbsent(id, customers::find);
        }

        Optional<Equipment> equipment(UUID id) {
            return id == null ? Optional.empty() : equipmentCache.computeIfAbsent(id, equipment::find);
        }
    }

    Lookup lookup(Collection<Ticket> tickets) {
        return new Lookup(tickets);
    }

    List<TicketSummary> summaries(List<Ticket> tickets) {
        Lookup lookup = lookup(tickets);
        return tickets.stream().map(t -> summary(t, lookup)).toList();
    }

    TicketSummary summary(Ticket t, Lookup lookup) {
        Optional<Customer> customer = lookup.customer(t.getCustomerId());
        Optional<Equipment> item = lookup.equipment(t.getEquipmentId());
        Optional<Site> site = site(t, customer);
        BigDecimal lat = item.map(Equipment::getLatitude).orElse(null);
        BigDecimal lng = item.map(Equipment::getLongitude).orElse(null);
        if (lat == null && site.isPresent()) {
            lat = site.get().getLatitude();
            lng = site.get().getLongitude();
        }
        return new TicketSummary(t.getId(), t.getVersion() == null ? 0 : t.getVersion(), t.getNumber(), t.getKind(),
                t.getStage(), t.getStageBeforePostpone(), t.getPriority(), t.getCustomerId(),
                customer.map(Customer::getName).orElse(""), customer.map(Customer::getPhone).orElse(null),
                t.getSiteId(), site.map(Site::address).orElse(""), lat, lng, t.getEquipmentId(),
                item.map(Equipment::displayName).orElse(null), item.map(Equipment::getSerialNumber).orElse(null),
                t.getZoneId(), t.getZoneId() == null ? null : lookup.zoneNames.get(t.getZoneId()),
                t.getTechnicianId(), t.getTechnicianId() == null ? null : lookup.userNames.get(t.getTechnicianId()),
                t.getProblem(), t.getDesiredDate(), t.getScheduledAt(), t.getPlannedMinutes(), t.getEta(),
                t.getDeclineReason(), t.getPostponeReason(),
                t.getStage() == TicketStage.DONE && t.getApprovedAt() == null, t.getApprovedAt(), t.getCreatedAt(),
                t.getUpdatedAt(), t.getArrivalNoFixReason());
    }

    static Optional<Site> site(Ticket t, Optional<Customer> customer) {
        if (t.getSiteId() == null || customer.isEmpty()) {
            return Optional.empty();
        }
        return customer.get().getSites().stream().filter(s -> s.getId().equals(t.getSiteId())).findFirst();
    }

    TicketDetails details(Ticket t) {
        Lookup lookup = lookup(List.of(t));
        TicketSummary summary = summary(t, lookup);
        Optional<Customer> customer = lookup.customer(t.getCustomerId());
        Optional<Equipment> item = lookup.equipment(t.getEquipmentId());
        List<TicketDetails.ChecklistItem> checklist = t.getChecklist().stream()
                .map(i -> new TicketDetails.ChecklistItem(i.getId(), i.getPosition(), i.getText(), i.isMandatory(),
                        i.getDefects(), i.getAnswer() == null ? null : i.getAnswer().name(), i.getDefect(),
                        i.getNote(), i.getAnsweredAt(), i.getAnsweredBy()))
                .toList();
        List<TicketDetails.Finding> findings = t.getFindings().stream()
                .map(f -> new TicketDetails.Finding(f.getId(), f.getKind().name(), f.getText(), f.getCreatedAt(),
                        f.getCreatedBy()))
                .toList();
        List<TicketDetails.PartLine> parts = t.getParts().stream()
                .map(p -> new TicketDetails.PartLine(p.getId(), p.getPartId(), p.getCode(), p.getName(), p.getUnit(),
                        p.getQuantity(), p.getUnitPrice(), p.getCurrency(), p.getVatRate(), p.getSource().name()))
                .toList();
        List<TicketDetails.Photo> photos = files.of(PHOTO_OWNER, t.getId()).stream()
                .map(f -> new TicketDetails.Photo(f.id(), f.originalName(), f.mediaType(), f.createdAt(),
                        f.createdBy()))
                .toList();
        return new TicketDetails(summary, t.getContactName(), t.getContactPhone(),
                customer.map(Customer::getEmail).orElse(null),
                item.map(e -> e.getType() == null ? null : e.getType().getName()).orElse(null), t.getChecklistId(),
                t.getChecklistName(), checklist, findings, parts, photos, t.getWorkDone(), t.getAssignedAt(),
                t.getAcceptedAt(), t.getEnRouteAt(), t.getArrivedAt(), t.getArrivedLatitude(),
                t.getArrivedLongitude(), t.getFinishedAt(), t.getLabourMinutes(), t.getSignerName(),
                t.getSignatureFileId(), t.getSignedAt(), t.getReportNumber(), t.getReportFileId(), t.getApprovedBy(),
                t.getApprovalNote(), t.getCancelReason(), t.getWorkStartedAt(), t.getTimedMinutes(),
                t.getReportReleasedAt());
    }

    static TicketActionEntry entry(TicketAction a) {
        return new TicketActionEntry(a.getId(), a.getAction(), a.getAt(), a.getDeviceAt(), a.getUserId(),
                a.getActor(), a.getActorName(), a.getLatitude(), a.getLongitude(), a.getAccuracyM(), a.getDetail());
    }
}
