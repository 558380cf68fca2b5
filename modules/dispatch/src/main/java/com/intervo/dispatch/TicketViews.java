package com.intervo.dispatch;

import com.intervo.crm.CustomerRef;
import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentRef;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.SiteRef;
import com.intervo.dispatch.domain.Technicians;
import com.intervo.dispatch.domain.Ticket;
import com.intervo.dispatch.domain.TicketAction;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.files.StoredFile;
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
        private final Map<UUID, CustomerRef> customerCache;
        private final Map<UUID, EquipmentRef> equipmentCache;
        private final Map<UUID, String> userNames;
        private final Map<UUID, String> zoneNames;

        Lookup(Collection<Ticket> tickets) {
            Set<UUID> users = new HashSet<>();
            Set<UUID> people = new HashSet<>();
            Set<UUID> devices = new HashSet<>();
            Set<UUID> zones = new HashSet<>();
            tickets.forEach(t -> {
                if (t.getZoneId() != null) {
                    zones.add(t.getZoneId());
                }
                if (t.getTechnicianId() != null) {
                    users.add(t.getTechnicianId());
                }
                people.add(t.getCustomerId());
                if (t.getEquipmentId() != null) {
                    devices.add(t.getEquipmentId());
                }
            });
            // the CRM is asked once for all customers and devices of the list
            customerCache = new HashMap<>(customers.refs(people));
            equipmentCache = new HashMap<>(equipment.refs(devices));
            userNames = technicians.names(users);
            zoneNames = technicians.zoneNames(zones);
        }

        Optional<CustomerRef> customer(UUID id) {
            return Optional.ofNullable(customerCache.get(id));
        }

        Optional<EquipmentRef> equipment(UUID id) {
            return id == null ? Optional.empty() : Optional.ofNullable(equipmentCache.get(id));
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
        Optional<CustomerRef> customer = lookup.customer(t.getCustomerId());
        Optional<EquipmentRef> item = lookup.equipment(t.getEquipmentId());
        Optional<SiteRef> site = site(t, customer);
        BigDecimal lat = item.map(EquipmentRef::latitude).orElse(null);
        BigDecimal lng = item.map(EquipmentRef::longitude).orElse(null);
        if (lat == null && site.isPresent()) {
            lat = site.get().latitude();
            lng = site.get().longitude();
        }
        return new TicketSummary(
                t.getId(),
                t.getVersion() == null ? 0 : t.getVersion(),
                t.getNumber(),
                t.getKind(),
                t.getStage(),
                t.getStageBeforePostpone(),
                t.getPriority(),
                t.getCustomerId(),
                customer.map(CustomerRef::name).orElse(""),
                customer.map(CustomerRef::phone).orElse(null),
                t.getSiteId(),
                site.map(SiteRef::address).orElse(""),
                lat,
                lng,
                t.getEquipmentId(),
                item.map(EquipmentRef::displayName).orElse(null),
                item.map(EquipmentRef::serialNumber).orElse(null),
                t.getZoneId(),
                t.getZoneId() == null ? null : lookup.zoneNames.get(t.getZoneId()),
                t.getTechnicianId(),
                t.getTechnicianId() == null ? null : lookup.userNames.get(t.getTechnicianId()),
                t.getProblem(),
                t.getDesiredDate(),
                t.getScheduledAt(),
                t.getPlannedMinutes(),
                t.getEta(),
                t.getDeclineReason(),
                t.getPostponeReason(),
                t.getStage() == TicketStage.DONE && t.getApprovedAt() == null,
                t.getApprovedAt(),
                t.getCreatedAt(),
                t.getUpdatedAt(),
                t.getArrivalNoFixReason());
    }

    static Optional<SiteRef> site(Ticket t, Optional<CustomerRef> customer) {
        return customer.flatMap(c -> c.site(t.getSiteId()));
    }

    TicketDetails details(Ticket t) {
        if (AnswerShape.isSummaryOnly()) {
            return TicketDetails.ofSummary(summary(t, lookup(List.of(t))));
        }
        return details(t, lookup(List.of(t)), files.of(PHOTO_OWNER, t.getId()));
    }

    /** Several tickets' details with one read of their customers, equipment, zones, technicians and photos. */
    List<TicketDetails> details(List<Ticket> tickets) {
        if (tickets.isEmpty()) {
            return List.of();
        }
        Lookup lookup = lookup(tickets);
        Map<UUID, List<StoredFile>> photos =
                files.of(PHOTO_OWNER, tickets.stream().map(Ticket::getId).toList());
        return tickets.stream()
                .map(t -> details(t, lookup, photos.getOrDefault(t.getId(), List.of())))
                .toList();
    }

    private TicketDetails details(Ticket t, Lookup lookup, List<StoredFile> photoFiles) {
        TicketSummary summary = summary(t, lookup);
        Optional<CustomerRef> customer = lookup.customer(t.getCustomerId());
        Optional<EquipmentRef> item = lookup.equipment(t.getEquipmentId());
        List<TicketDetails.ChecklistItem> checklist = t.getChecklist().stream()
                .map(i -> new TicketDetails.ChecklistItem(
                        i.getId(),
                        i.getPosition(),
                        i.getText(),
                        i.isMandatory(),
                        i.getDefects(),
                        i.getAnswer() == null ? null : i.getAnswer().name(),
                        i.getDefect(),
                        i.getNote(),
                        i.getAnsweredAt(),
                        i.getAnsweredBy()))
                .toList();
        List<TicketDetails.Finding> findings = t.getFindings().stream()
                .map(f -> new TicketDetails.Finding(
                        f.getId(), f.getKind().name(), f.getText(), f.getCreatedAt(), f.getCreatedBy()))
                .toList();
        List<TicketDetails.PartLine> parts = t.getParts().stream()
                .map(p -> new TicketDetails.PartLine(
                        p.getId(),
                        p.getPartId(),
                        p.getCode(),
                        p.getName(),
                        p.getUnit(),
                        p.getQuantity(),
                        p.getUnitPrice(),
                        p.getCurrency(),
                        p.getVatRate(),
                        p.getSource().name()))
                .toList();
        List<TicketDetails.Photo> photos = photoFiles.stream()
                .map(f ->
                        new TicketDetails.Photo(f.id(), f.originalName(), f.mediaType(), f.createdAt(), f.createdBy()))
                .toList();
        return new TicketDetails(
                summary,
                t.getContactName(),
                t.getContactPhone(),
                customer.map(CustomerRef::email).orElse(null),
                item.map(e -> e.typeId() == null ? null : e.typeName()).orElse(null),
                t.getChecklistId(),
                t.getChecklistName(),
                checklist,
                findings,
                parts,
                photos,
                t.getWorkDone(),
                t.getAssignedAt(),
                t.getAcceptedAt(),
                t.getEnRouteAt(),
                t.getArrivedAt(),
                t.getArrivedLatitude(),
                t.getArrivedLongitude(),
                t.getFinishedAt(),
                t.getLabourMinutes(),
                t.getSignerName(),
                t.getSignatureFileId(),
                t.getSignedAt(),
                t.getReportNumber(),
                t.getReportFileId(),
                t.getApprovedBy(),
                t.getApprovalNote(),
                t.getCancelReason(),
                t.getWorkStartedAt(),
                t.getTimedMinutes(),
                t.getReportReleasedAt());
    }

    static TicketActionEntry entry(TicketAction a) {
        return new TicketActionEntry(
                a.getId(),
                a.getAction(),
                a.getAt(),
                a.getDeviceAt(),
                a.getUserId(),
                a.getActor(),
                a.getActorName(),
                a.getLatitude(),
                a.getLongitude(),
                a.getAccuracyM(),
                a.getDetail());
    }
}
