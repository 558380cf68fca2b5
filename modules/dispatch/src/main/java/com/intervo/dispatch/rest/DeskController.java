package com.intervo.dispatch.rest;

import com.intervo.crm.CatalogService;
import com.intervo.dispatch.BoardFilter;
import com.intervo.dispatch.Inspections;
import com.intervo.dispatch.TechnicianLoad;
import com.intervo.dispatch.TicketApprovals;
import com.intervo.dispatch.TicketDesk;
import com.intervo.dispatch.TicketDetails;
import com.intervo.dispatch.TicketDraft;
import com.intervo.dispatch.TicketKind;
import com.intervo.dispatch.TicketPriority;
import com.intervo.dispatch.TicketQueries;
import com.intervo.dispatch.TicketSource;
import com.intervo.dispatch.TicketStage;
import com.intervo.dispatch.TicketSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dispatch desk's API: open and assign tickets, the board's lists, the manager's corrections and approval. */
@RestController
@RequestMapping("/api/v1/dispatch")
@Tag(name = "Dispatch: desk", description = "Dispatchers open and assign tickets; managers approve the work")
@SecurityRequirement(name = "bearer")
class DeskController {

    record OpenRequest(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            TicketKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID customerId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID siteId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID equipmentId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID zoneId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String problem,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            TicketPriority priority,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            LocalDate desiredDate,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Instant scheduledAt,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Integer plannedMinutes,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String contactName,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String contactPhone,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID checklistId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Boolean withoutChecklist,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID technicianId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            TicketSource source) {

        TicketDraft draft() {
            return new TicketDraft(
                    kind,
                    customerId,
                    siteId,
                    equipmentId,
                    zoneId,
                    problem,
                    priority,
                    desiredDate,
                    scheduledAt,
                    plannedMinutes,
                    contactName,
                    contactPhone,
                    checklistId,
                    Boolean.TRUE.equals(withoutChecklist),
                    technicianId);
        }
    }

    @Schema(name = "TicketAssignRequest")
    record AssignRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID technicianId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Long version) {}

    @Schema(name = "TicketVersionRequest")
    record VersionRequest(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Long version,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String reason,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String note) {}

    record CorrectionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Long version,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            List<TicketApprovals.PartCorrection> parts,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Integer labourMinutes) {}

    record CatalogPart(UUID id, String code, String name, String unit, BigDecimal price, String currency) {}

    private final TicketDesk desk;
    private final TicketApprovals approvals;
    private final TicketQueries queries;
    private final Inspections inspections;
    private final CatalogService catalogs;
    private final IdempotentResponses once;

    DeskController(
            TicketDesk desk,
            TicketApprovals approvals,
            TicketQueries queries,
            Inspections inspections,
            CatalogService catalogs,
            IdempotentResponses once) {
        this.desk = desk;
        this.approvals = approvals;
        this.queries = queries;
        this.inspections = inspections;
        this.catalogs = catalogs;
        this.once = once;
    }

    @PostMapping("/tickets")
    @Operation(
            summary = "Open a ticket",
            description = "Customer, site, equipment (optional), problem, priority, desired date; the equipment "
                    + "type's checklist is attached unless another (checklistId) or none (withoutChecklist) is asked "
                    + "for. With technicianId it is assigned at once (the technician gets a push).")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> open(
            @RequestBody OpenRequest r,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        return once.run(
                http,
                key,
                r,
                201,
                () -> desk.open(
                        r.id() == null ? UUID.randomUUID() : r.id(),
                        r.draft(),
                        r.source() == null ? TicketSource.PHONE : r.source()));
    }

    @GetMapping("/tickets")
    @Operation(summary = "The board: open tickets (or the stages asked for), filtered")
    List<TicketSummary> board(
            @RequestParam(required = false) Set<TicketStage> stage,
            @RequestParam(required = false) UUID zoneId,
            @RequestParam(required = false) TicketPriority priority,
            @RequestParam(required = false) LocalDate day,
            @RequestParam(required = false) UUID technicianId,
            @RequestParam(defaultValue = "false") boolean awaitingApproval) {
        return queries.board(new BoardFilter(stage, zoneId, priority, day, technicianId, awaitingApproval));
    }

    @GetMapping("/technicians")
    @Operation(summary = "Technicians with zones, today's load and last position; those of the zone first")
    List<TechnicianLoad> technicians(@RequestParam(required = false) UUID zoneId) {
        return queries.technicians(zoneId);
    }

    @GetMapping("/technicians/{technicianId}/day")
    @Operation(summary = "A technician's day: scheduled visits, tickets wanted that day, free slots")
    com.intervo.dispatch.DayPlan day(@PathVariable UUID technicianId, @RequestParam(required = false) LocalDate date) {
        return queries.dayPlan(technicianId, date);
    }

    @GetMapping("/parts")
    @Operation(summary = "The parts catalog, as the app offers it")
    List<CatalogPart> parts() {
        return catalogs.partRefs().stream()
                .map(p -> new CatalogPart(p.id(), p.code(), p.name(), p.unit(), p.price(), p.currency()))
                .toList();
    }

    @GetMapping("/inspections-due")
    @Operation(summary = "Periodic inspections due within the days given (or overdue)")
    List<com.intervo.dispatch.InspectionDue> inspectionsDue(@RequestParam(defaultValue = "30") int days) {
        return inspections.inspectionsDue(days);
    }

    @PostMapping("/inspections-due/{equipmentId}/ticket")
    @Operation(summary = "Open the inspection ticket of a piece of equipment (its type's checklist attached)")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> openInspection(
            @PathVariable UUID equipmentId,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        return once.run(http, key, equipmentId, 201, () -> inspections.openInspection(equipmentId));
    }

    @PostMapping("/tickets/{id}/assign")
    @Operation(summary = "Assign (or reassign) to a technician")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> assign(
            @PathVariable UUID id,
            @RequestBody AssignRequest r,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        return once.run(http, key, r, 200, () -> desk.assign(id, r.version(), r.technicianId()));
    }

    @PostMapping("/tickets/{id}/unassign")
    @Operation(summary = "Back to the unassigned queue")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> unassign(
            @PathVariable UUID id,
            @RequestBody VersionRequest r,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        return once.run(http, key, r, 200, () -> desk.unassign(id, r.version()));
    }

    @PostMapping("/tickets/{id}/cancel")
    @Operation(summary = "Cancel with a reason")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> cancel(
            @PathVariable UUID id,
            @RequestBody VersionRequest r,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        return once.run(http, key, r, 200, () -> desk.cancel(id, r.version(), r.reason()));
    }

    @PostMapping("/tickets/{id}/corrections")
    @Operation(summary = "Manager: correct part quantities (0 removes) and minutes worked before approving")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> correct(
            @PathVariable UUID id,
            @RequestBody CorrectionRequest r,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        if (r.version() == null) {
            throw com.intervo.kernel.errors.DomainException.invalid("dispatch.error.version-required", "version");
        }
        return once.run(http, key, r, 200, () -> approvals.correct(id, r.version(), r.parts(), r.labourMinutes()));
    }

    @PostMapping("/tickets/{id}/approve")
    @Operation(summary = "Manager: approve parts, materials and hours (ready to invoice)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> approve(
            @PathVariable UUID id,
            @RequestBody VersionRequest r,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        if (r.version() == null) {
            throw com.intervo.kernel.errors.DomainException.invalid("dispatch.error.version-required", "version");
        }
        return once.run(http, key, r, 200, () -> approvals.approve(id, r.version(), r.note()));
    }
}
