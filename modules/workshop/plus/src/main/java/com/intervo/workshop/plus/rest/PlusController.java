package com.intervo.workshop.plus.rest;

import com.intervo.crm.CustomerDraft;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.files.StagedFile;
import com.intervo.kernel.files.StoredFile;
import com.intervo.workshop.Intake;
import com.intervo.workshop.RepairQueue;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.plus.Evaluation;
import com.intervo.workshop.plus.Plus;
import com.intervo.workshop.plus.PlusDesk;
import com.intervo.workshop.plus.PlusIntake;
import com.intervo.workshop.plus.PlusReports;
import com.intervo.workshop.plus.PlusSettings;
import com.intervo.workshop.plus.PlusSettingsService;
import com.intervo.workshop.plus.PlusSheet;
import com.intervo.workshop.plus.PlusSheets;
import com.intervo.workshop.plus.Quote;
import com.intervo.workshop.plus.QuoteDocuments;
import com.intervo.workshop.plus.Quotes;
import com.intervo.workshop.plus.Repair;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/workshop-plus")
@Tag(
        name = "Workshop Plus",
        description = "Evaluation, quotes the customer accepts, the repair checklist, the sale, irreparable devices")
@SecurityRequirement(name = "bearer")
class PlusController {

    private final PlusDesk desk;
    private final PlusSheets sheets;
    private final Evaluation evaluation;
    private final Quotes quotes;
    private final Repair repair;
    private final PlusSettingsService settings;
    private final PlusReports reports;
    private final FileStorage files;
    private final RepairQueue queue;

    PlusController(
            PlusDesk desk,
            PlusSheets sheets,
            Evaluation evaluation,
            Quotes quotes,
            Repair repair,
            PlusSettingsService settings,
            PlusReports reports,
            FileStorage files,
            RepairQueue queue) {
        this.desk = desk;
        this.sheets = sheets;
        this.evaluation = evaluation;
        this.quotes = quotes;
        this.repair = repair;
        this.settings = settings;
        this.reports = reports;
        this.files = files;
        this.queue = queue;
    }

    // --- intake

    @Schema(name = "PlusNewCustomer")
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
            String language) {

        CustomerDraft draft() {
            return new CustomerDraft(
                    kind == null ? Customer.Kind.PERSON : kind,
                    name,
                    taxId,
                    email,
                    phone,
                    language,
                    null,
                    Map.of(),
                    List.of(),
                    List.of());
        }
    }

    @Schema(name = "PlusNewEquipment")
    record NewEquipment(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID typeId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID modelId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String serialNumber,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            LocalDate warrantyUntil,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Map<String, Object> customFields) {

        Equipment.Draft draft() {
            return new Equipment.Draft(
                    null,
                    null,
                    typeId,
                    modelId,
                    serialNumber,
                    name,
                    null,
                    warrantyUntil,
                    null,
                    null,
                    null,
                    customFields);
        }
    }

    /** Simple's intake fields plus the Plus ones; either customerId or customer, either equipmentId or equipment. */
    record IntakeRequest(
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
            Boolean emailProtocol,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            List<UUID> problemIds,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            List<PlusIntake.ServiceOrder> services,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String initialFindings,

            @Schema(
                    requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                    description = "Evaluate first; absent: the workspace's default")
            Boolean evaluation,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Plus.Warranty warranty,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String warrantyClaim,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Boolean reverseCharge) {

        PlusIntake intake() {
            return new PlusIntake(
                    new Intake(
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
                            Boolean.TRUE.equals(emailProtocol)),
                    problemIds,
                    services,
                    initialFindings,
                    evaluation,
                    warranty,
                    warrantyClaim,
                    Boolean.TRUE.equals(reverseCharge));
        }
    }

    @Schema(name = "PlusSheetResponse")
    record SheetResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String number,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String trackingCode,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String portalUrl,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String status,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            PlusSheet plus) {}

    @PostMapping("/sheets")
    @Operation(
            summary = "Take a device in the Plus way",
            description = "Simple's intake with the equipment type (the device's), the common problems ticked, the "
                    + "services ordered, initial findings, evaluation or not, warranty. 201; 422 names the field.")
    ResponseEntity<SheetResponse> intake(@RequestBody IntakeRequest request) {
        PlusDesk.Taken taken = desk.intake(request.intake());
        return ResponseEntity.created(URI.create(
                        "/api/v1/workshop-plus/sheets/" + taken.sheet().id()))
                .body(response(taken.sheet(), taken.plus()));
    }

    private SheetResponse response(SheetDetails sheet, PlusSheet plus) {
        return new SheetResponse(
                sheet.id(), sheet.number(), sheet.trackingCode(), queue.portalUrl(sheet), sheet.statusKey(), plus);
    }

    @GetMapping("/sheets/{id}")
    @Operation(summary = "A sheet's Plus data (404 for a sheet taken the Simple way)")
    SheetResponse sheet(@PathVariable UUID id) {
        PlusSheet plus = sheets.get(id);
        return response(queue.get(id), plus);
    }

    // --- evaluation

    @GetMapping("/sheets/{id}/evaluation")
    @Operation(summary = "The evaluation: the checklist points with their answers, needs and photos")
    Evaluation.Sheet evaluation(@PathVariable UUID id) {
        return evaluation.of(id);
    }

    @PutMapping("/sheets/{id}/evaluation/points/{pointId}")
    @Operation(
            summary = "Save one point's answer (OK, or a problem with defect, cause, note and needs)",
            description = "Over the point's version (409 when someone saved it meanwhile). Technicians.")
    Evaluation.Sheet answer(@PathVariable UUID id, @PathVariable UUID pointId, @RequestBody Evaluation.Answer answer) {
        return evaluation.answer(id, pointId, answer);
    }

    record PhotoResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String mediaType,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            long sizeBytes) {}

    @PostMapping(
            value = "/sheets/{id}/evaluation/points/{pointId}/photos",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "A photo of the problem found at a point (JPEG, PNG or WebP by content; size-capped)")
    ResponseEntity<PhotoResponse> photo(
            @PathVariable UUID id, @PathVariable UUID pointId, @RequestPart("file") MultipartFile file) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // decoded and written before the call's transaction: no connection waits on a big picture
        StagedFile staged = files.stage(file.getOriginalFilename(), content);
        try {
            StoredFile stored = evaluation.addPhoto(id, pointId, staged);
            return ResponseEntity.status(201)
                    .body(new PhotoResponse(stored.id(), stored.mediaType(), stored.sizeBytes()));
        } finally {
            files.discard(staged);
        }
    }

    @PostMapping(value = "/sheets/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "A photo of the sheet itself (the device as it came in; JPEG, PNG or WebP; size-capped)")
    ResponseEntity<PhotoResponse> sheetPhoto(@PathVariable UUID id, @RequestPart("file") MultipartFile file) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StagedFile staged = files.stage(file.getOriginalFilename(), content);
        try {
            StoredFile stored = evaluation.addSheetPhoto(id, staged);
            return ResponseEntity.status(201)
                    .body(new PhotoResponse(stored.id(), stored.mediaType(), stored.sizeBytes()));
        } finally {
            files.discard(staged);
        }
    }

    @GetMapping("/sheets/{id}/photos")
    @Operation(summary = "The ids of the sheet's own photos, oldest first")
    List<UUID> sheetPhotos(@PathVariable UUID id) {
        sheets.get(id);
        return evaluation.sheetPhotos(id);
    }

    @GetMapping("/sheets/{id}/photos/{fileId}")
    @Operation(summary = "A photo of the sheet or of one of its problems (or its JPEG thumbnail)")
    ResponseEntity<byte[]> photo(
            @PathVariable UUID id, @PathVariable UUID fileId, @RequestParam(defaultValue = "false") boolean thumbnail) {
        byte[] bytes = evaluation.photo(id, fileId, thumbnail);
        return ResponseEntity.ok()
                .contentType(sniff(bytes))
                .cacheControl(CacheControl.noStore())
                .body(bytes);
    }

    @PostMapping("/sheets/{id}/evaluation/finish")
    @Operation(summary = "End the evaluation (every point answered): the initial quote is drafted")
    Quote finish(@PathVariable UUID id) {
        return evaluation.finish(id);
    }

    // --- quotes

    @GetMapping("/sheets/{id}/quotes")
    @Operation(summary = "The sheet's quotes, oldest first, with lines and totals")
    List<Quote> quotes(@PathVariable UUID id) {
        sheets.get(id);
        return quotes.ofSheet(id);
    }

    @GetMapping("/quotes/{quoteId}")
    @Operation(summary = "A quote")
    Quote quote(@PathVariable UUID quoteId) {
        return quotes.get(quoteId);
    }

    record QuoteEdit(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Long version,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<Quote.LineDraft> lines,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            LocalDate validUntil) {}

    @PutMapping("/quotes/{quoteId}")
    @Operation(summary = "Edit a draft's lines and validity (desk); 409 when stale or already sent")
    Quote edit(@PathVariable UUID quoteId, @RequestBody QuoteEdit edit) {
        return quotes.edit(quoteId, version(edit.version()), edit.lines(), edit.validUntil());
    }

    record SendRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Long version,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String emailTo) {}

    @PostMapping("/quotes/{quoteId}/send")
    @Operation(
            summary = "Send the draft: PDF issued and stored, e-mailed with the portal link",
            description = "To emailTo, else the customer's address (neither: issued only, to print).")
    Quote send(@PathVariable UUID quoteId, @RequestBody SendRequest request) {
        return quotes.send(quoteId, version(request.version()), request.emailTo());
    }

    @Schema(name = "QuoteVersionRequest")
    record VersionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Long version) {}

    @PostMapping("/quotes/{quoteId}/revise")
    @Operation(summary = "Change a sent quote: it is superseded (kept as issued), a new draft opens")
    Quote revise(@PathVariable UUID quoteId, @RequestBody VersionRequest request) {
        return quotes.revise(quoteId, version(request.version()));
    }

    @Schema(name = "QuoteDecisionRequest")
    record DecisionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Boolean accept,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"PHONE", "DESK"})
            Plus.Channel channel,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Who gave the decision")
            String decidedBy,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String comment) {}

    @PostMapping("/quotes/{quoteId}/decision")
    @Operation(
            summary = "Record the customer's decision given by phone or at the desk",
            description = "Accepting twice is accepting once; deciding otherwise after a decision is 409.")
    Quote decide(@PathVariable UUID quoteId, @RequestBody DecisionRequest request) {
        if (request.accept() == null) {
            throw com.intervo.kernel.errors.DomainException.invalid("workshopplus.error.required", "accept");
        }
        return quotes.decide(
                quoteId,
                new Quotes.Decision(request.accept(), request.channel(), request.decidedBy(), request.comment()));
    }

    @GetMapping(value = "/quotes/{quoteId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The quote's PDF as sent")
    ResponseEntity<byte[]> pdf(@PathVariable UUID quoteId) {
        return pdf(quotes.pdf(quoteId));
    }

    static ResponseEntity<byte[]> pdf(QuoteDocuments.Pdf pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename(pdf.fileName())
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(pdf.content());
    }

    // --- repair

    @GetMapping("/sheets/{id}/repair")
    @Operation(summary = "The repair checklist: the lines of the accepted quotes")
    List<Quote.Line> checklist(@PathVariable UUID id) {
        sheets.get(id);
        return repair.checklist(id);
    }

    record LineState(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Plus.RepairState state,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "Required when CHANGED")
            String note) {}

    @PutMapping("/sheets/{id}/repair/lines/{lineId}")
    @Operation(summary = "A checklist line done, not needed, changed (with a note) or open again")
    List<Quote.Line> mark(@PathVariable UUID id, @PathVariable UUID lineId, @RequestBody LineState request) {
        return repair.mark(id, lineId, request.state(), request.note());
    }

    record LinesRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<Quote.LineDraft> lines) {}

    @PostMapping("/sheets/{id}/repair/supplementary")
    @Operation(summary = "Extra work found during the repair: a supplementary quote (draft) for the customer")
    ResponseEntity<Quote> supplementary(@PathVariable UUID id, @RequestBody LinesRequest request) {
        Quote quote = quotes.supplementary(id, request.lines());
        return ResponseEntity.created(URI.create("/api/v1/workshop-plus/quotes/" + quote.id()))
                .body(quote);
    }

    @PostMapping("/sheets/{id}/complete")
    @Operation(
            summary = "Complete the repair: the sale is recorded (WorkshopSaleCompleted), the sheet is ready",
            description = "Every line settled and no quote waiting; else 422/409.")
    SheetResponse complete(@PathVariable UUID id) {
        SheetDetails sheet = repair.complete(id);
        return response(sheet, sheets.get(id));
    }

    record IrreparableRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<Repair.Missing> parts,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String note) {}

    @PostMapping("/sheets/{id}/irreparable")
    @Operation(summary = "End the sheet irreparable for lack of compatible parts, naming them")
    SheetResponse irreparable(@PathVariable UUID id, @RequestBody IrreparableRequest request) {
        SheetDetails sheet = repair.irreparable(id, request.parts(), request.note());
        return response(sheet, sheets.get(id));
    }

    // --- settings and reports

    @GetMapping("/settings")
    @Operation(summary = "The workspace's Plus settings")
    PlusSettings settings() {
        return settings.current();
    }

    @PutMapping("/settings")
    @Operation(summary = "Change the Plus settings over their version (admins)")
    PlusSettings saveSettings(@RequestBody PlusSettings request) {
        return settings.save(request);
    }

    @GetMapping("/reports/irreparable")
    @Operation(summary = "Equipment irreparable for lack of parts, by part and model, with whom to call back")
    List<PlusReports.MissingPartRow> irreparable() {
        return reports.irreparable();
    }

    @GetMapping("/reports/warranty")
    @Operation(summary = "Warranty work per manufacturer in a period (sheets, cost)")
    List<PlusReports.WarrantyRow> warranty(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return reports.warranty(from, to);
    }

    @GetMapping("/reports/statistics")
    @Operation(
            summary = "Statistics per repair type in a period",
            description = "Per equipment type and model: sheets, average turnaround, evaluation to acceptance, "
                    + "acceptance rate, revenue, margin; the most frequent defects and causes.")
    PlusReports.Statistics statistics(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return reports.statistics(from, to);
    }

    private static MediaType sniff(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            return MediaType.IMAGE_JPEG;
        }
        if (bytes.length > 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P') {
            return MediaType.IMAGE_PNG;
        }
        if (bytes.length > 12 && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return MediaType.parseMediaType("image/webp");
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }

    private static long version(Long version) {
        if (version == null) {
            throw com.intervo.kernel.errors.DomainException.invalid("workshopplus.error.required", "version");
        }
        return version;
    }
}
