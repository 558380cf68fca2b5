package com.intervo.dispatch.rest;

import com.intervo.dispatch.FieldContext;
import com.intervo.dispatch.FieldWork;
import com.intervo.dispatch.InAppMessages;
import com.intervo.dispatch.SyncPage;
import com.intervo.dispatch.TechnicianDevicesService;
import com.intervo.dispatch.TechnicianLocations;
import com.intervo.dispatch.TicketActionEntry;
import com.intervo.dispatch.TicketDesk;
import com.intervo.dispatch.TicketDetails;
import com.intervo.dispatch.TicketQueries;
import com.intervo.dispatch.TicketSummary;
import com.intervo.dispatch.domain.TicketChecklistItem;
import com.intervo.dispatch.domain.TicketFinding;
import com.intervo.dispatch.domain.TicketPart;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.files.StagedFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The technician app's API: devices for push, my tickets (offline sync by cursor), each action on a ticket,
 * photos, signature, location pings. Every POST/PUT/DELETE takes an optional {@code Idempotency-Key}: a retry gets
 * the first answer and changes nothing. Stage changes need the ticket {@code version} the app last saw; a stale
 * one is answered 409 with the current ticket under {@code ticket}.
 */
@RestController
@RequestMapping("/api/v1/dispatch")
@Tag(name = "Dispatch: technician", description = "The field technician's app")
@SecurityRequirement(name = "bearer")
class TechnicianController {

    static final String KEY_DOC = "Makes the call safe to retry: the same key gets the same answer, applied once "
            + "(kept 7 days). Reusing a key for another request is refused with 422.";

    /** What comes with a simple action: the version the app saw, its clock and GPS fix, and a reason or text. */
    record ActionRequest(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Long version,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Instant deviceAt,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            BigDecimal latitude,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            BigDecimal longitude,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            BigDecimal accuracyM,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String reason,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String workDone,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Instant eta,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String message,

            @Schema(
                    requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                    description =
                            "Arrival without a GPS fix (basement): why; required then, flagged " + "on the ticket")
            String noFixReason,

            @Schema(
                    requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                    description = "Finish: the minutes worked as the technician typed them (0–100000); "
                            + "without it the timer's minutes, else the time since arrival")
            Integer labourMinutes) {

        FieldContext context() {
            return new FieldContext(version, deviceAt, latitude, longitude, accuracyM);
        }

        static ActionRequest orEmpty(ActionRequest request) {
            return request == null
                    ? new ActionRequest(null, null, null, null, null, null, null, null, null, null, null)
                    : request;
        }
    }

    record DeviceRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String token,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String platform,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String appVersion) {}

    record FindingRequest(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            TicketFinding.Kind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String text,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Long version,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Instant deviceAt,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            BigDecimal latitude,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            BigDecimal longitude) {}

    record PartRequest(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID lineId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID partId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal quantity,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            TicketPart.Source source,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Long version,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Instant deviceAt) {}

    @Schema(name = "ChecklistAnswerRequest")
    record AnswerRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            TicketChecklistItem.Answer answer,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String defect,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String note,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Long version,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Instant deviceAt) {}

    record LocationsRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<TechnicianLocations.Ping> pings) {}

    record LocationsResponse(int received, int stored) {}

    private final TicketDesk desk;
    private final FieldWork fieldWork;
    private final TicketQueries queries;
    private final TechnicianDevicesService devices;
    private final TechnicianLocations locations;
    private final InAppMessages messages;
    private final IdempotentResponses once;
    private final FileStorage files;

    TechnicianController(
            TicketDesk desk,
            FieldWork fieldWork,
            TicketQueries queries,
            TechnicianDevicesService devices,
            TechnicianLocations locations,
            InAppMessages messages,
            IdempotentResponses once,
            FileStorage files) {
        this.files = files;
        this.desk = desk;
        this.fieldWork = fieldWork;
        this.queries = queries;
        this.devices = devices;
        this.locations = locations;
        this.messages = messages;
        this.once = once;
    }

    // --- devices

    @PostMapping("/devices")
    @Operation(
            summary = "Register this phone for push notifications",
            description = "FCM registration token, platform (ANDROID, IOS, WEB) and app version. Call again when "
                    + "FCM gives a new token.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = TechnicianDevicesService.Device.class)))
    ResponseEntity<String> registerDevice(
            @RequestBody DeviceRequest request,
            HttpServletRequest http,
            @Parameter(description = KEY_DOC) @RequestHeader(name = IdempotentResponses.HEADER, required = false)
                    String key) {
        return once.run(
                http,
                key,
                request,
                200,
                () -> devices.register(request.token(), request.platform(), request.appVersion()));
    }

    @DeleteMapping("/devices")
    @Operation(summary = "Forget this phone (sign-out)")
    ResponseEntity<Void> unregisterDevice(@RequestParam String token) {
        devices.unregister(token);
        return ResponseEntity.noContent().build();
    }

    // --- reading

    @GetMapping("/my/tickets")
    @Operation(
            summary = "My tickets changed since a cursor (offline sync)",
            description = "Start with since=0 (open tickets and those of the last 30 days); store the returned cursor "
                    + "and send it next time. 'removed' lists tickets taken away from you. A ticket may come again.")
    SyncPage myTickets(@RequestParam(defaultValue = "0") long since) {
        return queries.changesSince(since);
    }

    @GetMapping("/my/queue")
    @Operation(summary = "Unassigned tickets in my zones (to take)")
    List<TicketSummary> queue() {
        return queries.unassignedNearMe();
    }

    @GetMapping("/my/day")
    @Operation(summary = "My day: scheduled visits, tickets wanted that day, free slots")
    com.intervo.dispatch.DayPlan myDay(@RequestParam(required = false) java.time.LocalDate date) {
        return queries.dayPlan(
                com.intervo.kernel.identity.IntervoAuthentication.current()
                        .orElseThrow()
                        .userId(),
                date);
    }

    @GetMapping("/my/messages")
    @Operation(summary = "My in-app messages, newest first")
    List<InAppMessages.Message> myMessages(@RequestParam(defaultValue = "50") int limit) {
        return messages.mine(limit);
    }

    @GetMapping("/tickets/{id}")
    @Operation(summary = "A ticket with its checklist, findings, parts and photos")
    TicketDetails ticket(@PathVariable UUID id) {
        return queries.get(id);
    }

    @GetMapping("/tickets/{id}/actions")
    @Operation(summary = "The ticket's action log: who did what, when and where")
    List<TicketActionEntry> actions(@PathVariable UUID id) {
        return queries.actions(id);
    }

    @GetMapping("/tickets/{id}/photos/{fileId}")
    @Operation(summary = "A photo of the ticket (or its JPEG thumbnail)")
    ResponseEntity<byte[]> photo(
            @PathVariable UUID id, @PathVariable UUID fileId, @RequestParam(defaultValue = "false") boolean thumbnail) {
        byte[] bytes = queries.photo(id, fileId, thumbnail);
        return ResponseEntity.ok()
                .contentType(sniff(bytes))
                .cacheControl(CacheControl.noStore())
                .body(bytes);
    }

    @GetMapping(value = "/tickets/{id}/report", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The work report PDF of a finished ticket")
    ResponseEntity<byte[]> report(@PathVariable UUID id) {
        byte[] pdf = queries.report(id).orElseThrow(() -> DomainException.notFound("dispatch.error.no-report"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    // --- actions

    @PostMapping("/tickets/{id}/accept")
    @Operation(summary = "Accept the ticket (\"preluare\")", description = "Needs version.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> accept(
            @PathVariable UUID id,
            @RequestBody(required = false) ActionRequest body,
            HttpServletRequest http,
            @Parameter(in = ParameterIn.HEADER, description = KEY_DOC)
                    @RequestHeader(name = IdempotentResponses.HEADER, required = false)
                    String key) {
        ActionRequest r = ActionRequest.orEmpty(body);
        return once.run(http, key, r, 200, () -> fieldWork.accept(id, r.context()));
    }

    @PostMapping("/tickets/{id}/take")
    @Operation(summary = "Take an unassigned ticket: assigned to me and accepted", description = "Needs version.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> take(
            @PathVariable UUID id,
            @RequestBody(required = false) ActionRequest body,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        ActionRequest r = ActionRequest.orEmpty(body);
        return once.run(http, key, r, 200, () -> fieldWork.take(id, r.context()));
    }

    @PostMapping("/tickets/{id}/decline")
    @Operation(
            summary = "Decline with a reason: back to the dispatcher's queue",
            description = "Needs version, reason.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> decline(
            @PathVariable UUID id,
            @RequestBody(required = false) ActionRequest body,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        ActionRequest r = ActionRequest.orEmpty(body);
        return once.run(http, key, r, 200, () -> fieldWork.decline(id, r.context(), r.reason()));
    }

    @PostMapping("/tickets/{id}/postpone")
    @Operation(summary = "Postpone with a reason (stage Postponed)", description = "Needs version, reason.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> postpone(
            @PathVariable UUID id,
            @RequestBody(required = false) ActionRequest body,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        ActionRequest r = ActionRequest.orEmpty(body);
        return once.run(http, key, r, 200, () -> fieldWork.postpone(id, r.context(), r.reason()));
    }

    @PostMapping("/tickets/{id}/back-to-work")
    @Operation(
            summary = "Back to work: the stage the ticket had before it was postponed",
            description = "Needs version.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> backToWork(
            @PathVariable UUID id,
            @RequestBody(required = false) ActionRequest body,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        ActionRequest r = ActionRequest.orEmpty(body);
        return once.run(http, key, r, 200, () -> fieldWork.backToWork(id, r.context()));
    }

    @PostMapping("/tickets/{id}/en-route")
    @Operation(summary = "On the way", description = "Needs version.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> enRoute(
            @PathVariable UUID id,
            @RequestBody(required = false) ActionRequest body,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        ActionRequest r = ActionRequest.orEmpty(body);
        return once.run(http, key, r, 200, () -> fieldWork.enRoute(id, r.context()));
    }

    @PostMapping("/tickets/{id}/arrived")
    @Operation(
            summary = "Arrived at the customer",
            description = "Needs version, and latitude and longitude — or, "
                    + "without a GPS fix, noFixReason (the arrival is flagged on the ticket and the board).")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> arrived(
            @PathVariable UUID id,
            @RequestBody(required = false) ActionRequest body,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        ActionRequest r = ActionRequest.orEmpty(body);
        return once.run(http, key, r, 200, () -> fieldWork.arrived(id, r.context(), r.noFixReason()));
    }

    @PostMapping("/tickets/{id}/work/start")
    @Operation(summary = "Start the work timer on site", description = "A start while it runs changes nothing.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> startWork(
            @PathVariable UUID id,
            @RequestBody(required = false) ActionRequest body,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        ActionRequest r = ActionRequest.orEmpty(body);
        return once.run(http, key, r, 200, () -> fieldWork.startWork(id, r.context()));
    }

    @PostMapping("/tickets/{id}/work/stop")
    @Operation(summary = "Stop the work timer: the run is added to the time worked (timedMinutes)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> stopWork(
            @PathVariable UUID id,
            @RequestBody(required = false) ActionRequest body,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        ActionRequest r = ActionRequest.orEmpty(body);
        return once.run(http, key, r, 200, () -> fieldWork.stopWork(id, r.context()));
    }

    @PostMapping("/tickets/{id}/findings")
    @Operation(summary = "Add a defect or a finding", description = "Send your own id: a resend adds nothing.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> finding(
            @PathVariable UUID id,
            @RequestBody FindingRequest r,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        return once.run(
                http,
                key,
                r,
                200,
                () -> fieldWork.addFinding(
                        id,
                        new FieldContext(r.version(), r.deviceAt(), r.latitude(), r.longitude(), null),
                        r.id(),
                        r.kind(),
                        r.text()));
    }

    @PostMapping("/tickets/{id}/parts")
    @Operation(summary = "Add a part used (catalog part, quantity)", description = "Send your own lineId.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> part(
            @PathVariable UUID id,
            @RequestBody PartRequest r,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        return once.run(
                http,
                key,
                r,
                200,
                () -> fieldWork.addPart(
                        id,
                        new FieldContext(r.version(), r.deviceAt(), null, null, null),
                        r.lineId(),
                        r.partId(),
                        r.quantity(),
                        r.source()));
    }

    @DeleteMapping("/tickets/{id}/parts/{lineId}")
    @Operation(summary = "Remove a part line")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> removePart(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @RequestParam(required = false) Long version,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        return once.run(
                http,
                key,
                String.valueOf(version),
                200,
                () -> fieldWork.removePart(id, new FieldContext(version, null, null, null, null), lineId));
    }

    @PutMapping("/tickets/{id}/checklist/{itemId}")
    @Operation(summary = "Answer a checklist point: OK, or PROBLEM with a defect and/or a note")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> answer(
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestBody AnswerRequest r,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        return once.run(
                http,
                key,
                r,
                200,
                () -> fieldWork.answer(
                        id,
                        new FieldContext(r.version(), r.deviceAt(), null, null, null),
                        itemId,
                        r.answer(),
                        r.defect(),
                        r.note()));
    }

    @PostMapping(value = "/tickets/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload a photo (JPEG, PNG or WebP by content; size-capped)",
            description = "429 with Retry-After when the server is decoding too many images at once.")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> photo(
            @PathVariable UUID id,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) Instant deviceAt,
            @RequestParam(required = false) BigDecimal latitude,
            @RequestParam(required = false) BigDecimal longitude,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        byte[] content = bytes(file);
        byte[] hash = IdempotentResponses.concat(content, text(version), text(latitude), text(longitude));
        // decoded and written before the call's transaction: no connection waits on a big picture
        StagedFile staged = files.stage(file.getOriginalFilename(), content);
        try {
            return once.run(
                    http,
                    key,
                    hash,
                    201,
                    () -> fieldWork.addPhoto(
                            id, new FieldContext(version, deviceAt, latitude, longitude, null), staged));
        } finally {
            files.discard(staged);
        }
    }

    @PostMapping(value = "/tickets/{id}/signature", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "The customer's signature (PNG from the touch screen) and name")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> signature(
            @PathVariable UUID id,
            @RequestPart("file") MultipartFile file,
            @RequestParam String signerName,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) Instant deviceAt,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        byte[] content = bytes(file);
        byte[] hash = IdempotentResponses.concat(content, text(signerName), text(version));
        StagedFile staged = files.stage("signature.png", content);
        try {
            return once.run(
                    http,
                    key,
                    hash,
                    200,
                    () -> fieldWork.sign(
                            id, new FieldContext(version, deviceAt, null, null, null), signerName, staged));
        } finally {
            files.discard(staged);
        }
    }

    @PostMapping("/tickets/{id}/finish")
    @Operation(
            summary = "Finish: the work report PDF is made (and sent to the customer now or after approval, as "
                    + "the workspace chose)",
            description =
                    "Needs version; every mandatory checklist point answered (else "
                            + "422 naming them). labourMinutes: the time worked as typed (else the timer's, else since arrival).")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> finish(
            @PathVariable UUID id,
            @RequestBody(required = false) ActionRequest body,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        ActionRequest r = ActionRequest.orEmpty(body);
        return once.run(http, key, r, 200, () -> fieldWork.finish(id, r.context(), r.workDone(), r.labourMinutes()));
    }

    @PostMapping("/tickets/{id}/delay")
    @Operation(summary = "Tell the customer I come later (new ETA, optional message)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TicketDetails.class)))
    ResponseEntity<String> delay(
            @PathVariable UUID id,
            @RequestBody ActionRequest r,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        return once.run(http, key, r, 200, () -> desk.notifyDelay(id, r.context(), r.eta(), r.message()));
    }

    @PostMapping("/locations")
    @Operation(summary = "Location pings, batched (up to 500; a resent ping is ignored)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LocationsResponse.class)))
    ResponseEntity<String> locations(
            @RequestBody LocationsRequest r,
            HttpServletRequest http,
            @RequestHeader(name = IdempotentResponses.HEADER, required = false) String key) {
        return once.run(
                http,
                key,
                r,
                200,
                () -> new LocationsResponse(r.pings() == null ? 0 : r.pings().size(), locations.record(r.pings())));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] text(Object value) {
        return Objects.toString(value, "").getBytes(StandardCharsets.UTF_8);
    }

    private static MediaType sniff(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            return MediaType.IMAGE_JPEG;
        }
        if (bytes.length > 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P') {
            return MediaType.IMAGE_PNG;
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }
}
