package com.intervo.workshop.rest;

import com.intervo.crm.CustomerDraft;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.portal.PublicCodes;
import com.intervo.workshop.BenchWork;
import com.intervo.workshop.EntryDraft;
import com.intervo.workshop.Intake;
import com.intervo.workshop.QueueFilter;
import com.intervo.workshop.RepairQueue;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.SheetDocument;
import com.intervo.workshop.SheetEntry;
import com.intervo.workshop.SheetHandOver;
import com.intervo.workshop.SheetIntake;
import com.intervo.workshop.StatusStep;
import com.intervo.workshop.domain.WorkEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workshop/sheets")
@Tag(name = "Workshop service sheets", description = "Devices in the workshop, from intake to hand-over")
@SecurityRequirement(name = "bearer")
class SheetController {

    /** A customer created with the sheet. */
    record NewCustomer(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Customer.Kind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String taxId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String email,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String phone,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String language,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String notes,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Map<String, Object> customFields) {

        CustomerDraft draft() {
            return new CustomerDraft(
                    kind == null ? Customer.Kind.PERSON : kind,
                    name,
                    taxId,
                    email,
                    phone,
                    language,
                    notes,
                    customFields,
                    List.of(),
                    List.of());
        }
    }

    /** A device registered with the sheet (or found by its serial number among the customer's equipment). */
    record NewEquipment(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID typeId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID modelId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String serialNumber,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String notes,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Map<String, Object> customFields) {

        Equipment.Draft draft() {
            return new Equipment.Draft(
                    null, null, typeId, modelId, serialNumber, name, null, null, notes, null, null, customFields);
        }
    }

    /** Either {@code customerId} or {@code customer}, either {@code equipmentId} or {@code equipment}. */
    record SheetRequest(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID customerId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            NewCustomer customer,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID equipmentId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            NewEquipment equipment,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String problem,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String accessories,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String visibleCondition,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            BigDecimal estimatedCost,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            LocalDate promisedDate,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Map<String, Object> customFields,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID technicianId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Boolean emailProtocol) {

        Intake intake() {
            return new Intake(
                    id,
                    customerId,
                    customer == null ? null : customer.draft(),
                    equipmentId,
                    equipment == null ? null : equipment.draft(),
                    problem,
                    accessories,
                    visibleCondition,
                    estimatedCost,
                    promisedDate,
                    customFields,
                    technicianId,
                    Boolean.TRUE.equals(emailProtocol));
        }
    }

    record SheetResponse(
            UUID id,
            long version,
            String number,
            String trackingCode,
            String portalUrl,
            UUID customerId,
            String customerName,
            UUID equipmentId,
            String equipment,
            String serialNumber,
            String problem,
            String accessories,
            String visibleCondition,
            BigDecimal estimatedCost,
            String currency,
            LocalDate promisedDate,
            Instant receivedAt,
            String status,
            Instant statusSince,
            boolean questionOpen,
            UUID technicianId,
            String technicianName,
            String finalNotes,
            Instant handedOverAt,
            boolean closed,
            String language,
            Map<String, Object> customFields,
            Instant createdAt,
            String createdBy) {}

    record SheetPage(List<SheetResponse> items, long total, int offset, int limit) {}

    record EntryRequest(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            WorkEntry.Kind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String text,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Integer minutes,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            BigDecimal cost) {}

    record EntryResponse(
            UUID id,
            long version,
            WorkEntry.Kind kind,
            String text,
            Integer minutes,
            BigDecimal cost,
            String currency,
            UUID authorId,
            String authorName,
            Instant createdAt,
            String createdBy,
            Instant editedAt) {

        static EntryResponse of(SheetEntry e) {
            return new EntryResponse(
                    e.id(),
                    e.version(),
                    e.kind(),
                    e.text(),
                    e.minutes(),
                    e.cost(),
                    e.currency(),
                    e.authorId(),
                    e.authorName(),
                    e.createdAt(),
                    e.createdBy(),
                    e.editedAt());
        }
    }

    record EntryCorrection(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Long version,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String text,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Integer minutes,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            BigDecimal cost) {}

    record StatusRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String status,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String note) {}

    record AnswerRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String text,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String resumeStatus) {}

    record HandoverRequest(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String finalNotes) {}

    record AssignRequest(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID technicianId) {}

    record HistoryResponse(String from, String to, String note, Instant changedAt, String changedBy) {

        static HistoryResponse of(StatusStep c) {
            return new HistoryResponse(c.fromKey(), c.toKey(), c.note(), c.changedAt(), c.changedBy());
        }
    }

    private final SheetIntake intake;
    private final RepairQueue sheets;
    private final BenchWork bench;
    private final SheetHandOver handOver;

    SheetController(SheetIntake intake, RepairQueue sheets, BenchWork bench, SheetHandOver handOver) {
        this.intake = intake;
        this.sheets = sheets;
        this.bench = bench;
        this.handOver = handOver;
    }

    private SheetResponse response(SheetDetails s) {
        return new SheetResponse(
                s.id(),
                s.version(),
                s.number(),
                PublicCodes.display(s.trackingCode()),
                sheets.portalUrl(s),
                s.customer().id(),
                s.customer().name(),
                s.equipment().id(),
                s.equipment().displayName(),
                s.equipment().serialNumber(),
                s.problem(),
                s.accessories(),
                s.visibleCondition(),
                s.estimatedCost(),
                s.currency(),
                s.promisedDate(),
                s.receivedAt(),
                s.statusKey(),
                s.statusSince(),
                s.questionOpen(),
                s.technicianId(),
                s.technicianName(),
                s.finalNotes(),
                s.handedOverAt(),
                s.closed(),
                s.language(),
                s.customFields(),
                s.createdAt(),
                s.createdBy());
    }

    @PostMapping
    @Operation(
            summary = "Take a device in (new service sheet)",
            description = "Give customerId or an inline customer, equipmentId or an inline equipment (a serial number "
                    + "already registered to the customer is reused). Answers 201 with the sheet number, tracking "
                    + "code and portal link. 422 names an invalid or missing field (custom fields included); 409 when "
                    + "the serial number belongs to another customer. Receptionists (DISPATCHER), managers, admins.")
    ResponseEntity<SheetResponse> create(@RequestBody SheetRequest request) {
        SheetDetails created = intake.intake(request.intake());
        return ResponseEntity.created(URI.create("/api/v1/workshop/sheets/" + created.id()))
                .body(response(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a service sheet")
    SheetResponse get(@PathVariable UUID id) {
        return response(sheets.get(id));
    }

    @GetMapping
    @Operation(
            summary = "List sheets, oldest first",
            description =
                    "Open sheets by default (the repair queue); closed=true includes handed-over ones. Filter "
                            + "by status key, technician, minimum age in days or text (number, code, customer, serial, problem).")
    // the page and its total in one transaction: one connection and one schema switch, not two
    @Transactional(readOnly = true)
    SheetPage list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) UUID technicianId,
            @RequestParam(defaultValue = "false") boolean unassigned,
            @RequestParam(required = false) @Min(0) Integer minAgeDays,
            @RequestParam(defaultValue = "false") boolean closed,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        QueueFilter filter = new QueueFilter(status, technicianId, unassigned, minAgeDays, closed, q);
        return new SheetPage(
                sheets.list(filter, offset, limit).stream().map(this::response).toList(),
                sheets.count(filter),
                offset,
                limit);
    }

    @PostMapping("/{id}/entries")
    @Operation(
            summary = "Log a note or work done",
            description = "kind NOTE or WORK (WORK: technicians, managers, admins); author and time are set by the "
                    + "server. 409 when the sheet is closed.")
    ResponseEntity<EntryResponse> addEntry(@PathVariable UUID id, @RequestBody EntryRequest request) {
        SheetEntry entry = bench.addEntry(
                id,
                new EntryDraft(
                        request.kind() == null ? WorkEntry.Kind.NOTE : request.kind(),
                        request.text(),
                        request.minutes(),
                        request.cost()));
        return ResponseEntity.created(URI.create("/api/v1/workshop/sheets/" + id + "/entries/" + entry.id()))
                .body(EntryResponse.of(entry));
    }

    @org.springframework.web.bind.annotation.PutMapping("/{id}/entries/{entryId}")
    @Operation(
            summary = "Correct your own log entry",
            description = "Only the author, while the sheet is open; send the version you read (409 if it changed). "
                    + "Who and when stay as they were; the entry shows when it was corrected. 403 for anyone else.")
    EntryResponse correctEntry(
            @PathVariable UUID id, @PathVariable UUID entryId, @RequestBody EntryCorrection request) {
        if (request.version() == null) {
            throw com.intervo.kernel.errors.DomainException.invalid("workshop.error.required", "version");
        }
        if (sheets.entries(id).stream().noneMatch(e -> e.id().equals(entryId))) {
            throw com.intervo.kernel.errors.DomainException.notFound("workshop.error.entry-not-found");
        }
        return EntryResponse.of(
                bench.correctEntry(entryId, request.version(), request.text(), request.minutes(), request.cost()));
    }

    @GetMapping("/{id}/entries")
    @Operation(summary = "The sheet's log: notes, work, questions and answers, final notes")
    List<EntryResponse> entries(@PathVariable UUID id) {
        return sheets.entries(id).stream().map(EntryResponse::of).toList();
    }

    @PostMapping("/{id}/status")
    @Operation(
            summary = "Set the status",
            description = "A status key of the SERVICE_SHEET workflow (in_work, question, ready, unrepairable or a "
                    + "custom one); 'question' needs the question as note and alerts the receptionists; 'ready' and "
                    + "'unrepairable' alert them and e-mail the customer. Final statuses come with the hand-over.")
    SheetResponse status(@PathVariable UUID id, @RequestBody StatusRequest request) {
        return response(bench.changeStatus(id, request.status(), request.note()));
    }

    @PostMapping("/{id}/take")
    @Operation(summary = "The calling technician takes the sheet")
    SheetResponse take(@PathVariable UUID id) {
        return response(bench.take(id));
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Assign the sheet to a technician (null: nobody)")
    SheetResponse assign(@PathVariable UUID id, @RequestBody AssignRequest request) {
        return response(bench.assign(id, request.technicianId()));
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "Log the customer's answer to the open question")
    SheetResponse answer(@PathVariable UUID id, @RequestBody AnswerRequest request) {
        return response(bench.answer(id, request.text(), request.resumeStatus()));
    }

    @PostMapping("/{id}/handover")
    @Operation(summary = "Hand the device over: final notes, final status, the sheet closes")
    SheetResponse handover(@PathVariable UUID id, @RequestBody HandoverRequest request) {
        return response(handOver.handOver(id, request.finalNotes()));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The sheet's status history")
    List<HistoryResponse> history(@PathVariable UUID id) {
        return sheets.history(id).stream().map(HistoryResponse::of).toList();
    }

    @GetMapping(value = "/{id}/intake-protocol", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The intake protocol as PDF")
    ResponseEntity<byte[]> intakeProtocol(@PathVariable UUID id) {
        return pdf(intake.intakeProtocol(id));
    }

    @GetMapping(value = "/{id}/handover-protocol", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The handover protocol as PDF")
    ResponseEntity<byte[]> handoverProtocol(@PathVariable UUID id) {
        return pdf(handOver.handoverProtocol(id));
    }

    static ResponseEntity<byte[]> pdf(SheetDocument document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(document.fileName())
                                .build()
                                .toString())
                .body(document.pdf());
    }
}
