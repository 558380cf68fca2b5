package com.intervo.technician.core.sync;

import com.google.gson.JsonObject;
import com.intervo.technician.core.api.CatalogPart;
import com.intervo.technician.core.api.Json;
import com.intervo.technician.core.api.TicketDetails;
import com.intervo.technician.core.outbox.CallKind;
import com.intervo.technician.core.outbox.OutboxStore;
import com.intervo.technician.core.outbox.PendingCall;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the technician does on the phone. Each action is checked against the ticket's stage, queued with its own
 * idempotency key and the phone's clock, and shown at once on the ticket; {@link Sync} sends it when it can.
 */
public final class FieldSession {

    private static final String BASE = "/api/v1/dispatch/tickets/";

    private final OutboxStore outbox;
    private final TicketStore tickets;
    private final Clock clock;

    public FieldSession(OutboxStore outbox, TicketStore tickets, Clock clock) {
        this.outbox = outbox;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** The action does not apply to the ticket as the phone sees it now, or something the technician must give is missing. */
    public static final class NotAllowed extends RuntimeException {
        public final String reason;

        public NotAllowed(String reason) {
            super(reason);
            this.reason = reason;
        }
    }

    // --- what the phone shows

    /** My tickets as they will be once the queued calls reach the server (declined ones gone). */
    public List<TicketDetails> myTickets() {
        List<TicketDetails> mine = new ArrayList<>();
        List<PendingCall> queued = outbox.all(); // read once for the whole list, not once per ticket
        for (TicketDetails stored : tickets.all()) {
            TicketDetails view = project(stored, queued);
            if (!"NEW".equals(view.summary.stage)) {
                mine.add(view);
            }
        }
        return mine;
    }

    /** One ticket with the queued calls applied, or null when the phone does not hold it. */
    public TicketDetails ticket(UUID id) {
        TicketDetails stored = tickets.get(id);
        return stored == null ? null : project(stored, outbox.all());
    }

    /** The calls of a ticket still on the phone (pending, in conflict or refused), oldest first. */
    public List<PendingCall> pending(UUID ticketId) {
        List<PendingCall> calls = new ArrayList<>();
        for (PendingCall call : outbox.all()) {
            if (ticketId == null || call.ticketId.equals(ticketId)) {
                calls.add(call);
            }
        }
        return calls;
    }

    /** The calls the technician must look at: in conflict or refused. */
    public List<PendingCall> attention() {
        List<PendingCall> calls = new ArrayList<>();
        for (PendingCall call : outbox.all()) {
            if (!call.waiting()) {
                calls.add(call);
            }
        }
        return calls;
    }

    /** Sends a refused or conflicting call again (after the technician fixed the cause) with a fresh key. */
    public void retry(long seq) {
        for (PendingCall call : outbox.all()) {
            if (call.seq == seq) {
                call.state = PendingCall.State.PENDING;
                call.problem = null;
                call.key = UUID.randomUUID().toString();
                call.frozen = false;
                call.attempts = 0;
                if (call.kind.versioned) {
                    JsonObject body = Json.GSON.fromJson(call.json, JsonObject.class);
                    body.remove("version");
                    call.json = body.toString();
                }
                outbox.update(call);
            }
        }
    }

    /** Drops a call the technician no longer wants sent. */
    public void discard(long seq) {
        for (PendingCall call : outbox.all()) {
            if (call.seq == seq) {
                outbox.remove(seq);
                if (call.filePath != null) {
                    new java.io.File(call.filePath).delete();
                }
            }
        }
    }

    // --- stage changes

    public void accept(UUID id) {
        stage(id, CallKind.ACCEPT, "accept", new JsonObject());
    }

    public void decline(UUID id, String reason) {
        stage(id, CallKind.DECLINE, "decline", withReason(reason));
    }

    public void postpone(UUID id, String reason) {
        stage(id, CallKind.POSTPONE, "postpone", withReason(reason));
    }

    public void backToWork(UUID id) {
        stage(id, CallKind.BACK_TO_WORK, "back-to-work", new JsonObject());
    }

    public void enRoute(UUID id) {
        stage(id, CallKind.EN_ROUTE, "en-route", new JsonObject());
    }

    /** Arrived with the phone's fix; without one (basement) the reason is required. */
    public void arrived(UUID id, Double latitude, Double longitude, Double accuracyM, String noFixReason) {
        JsonObject body = new JsonObject();
        if (latitude != null && longitude != null) {
            body.addProperty("latitude", BigDecimal.valueOf(latitude).setScale(6, java.math.RoundingMode.HALF_UP));
            body.addProperty("longitude", BigDecimal.valueOf(longitude).setScale(6, java.math.RoundingMode.HALF_UP));
            if (accuracyM != null) {
                body.addProperty(
                        "accuracyM", BigDecimal.valueOf(accuracyM).setScale(1, java.math.RoundingMode.HALF_UP));
            }
        } else {
            body.addProperty("noFixReason", required(noFixReason, "noFixReason"));
        }
        stage(id, CallKind.ARRIVED, "arrived", body);
    }

    /** Finish: every mandatory checklist point must be answered (the server checks it too). */
    public void finish(UUID id, String workDone, Integer labourMinutes) {
        TicketDetails view = require(id, CallKind.FINISH);
        List<String> missing = missingMandatory(view);
        if (!missing.isEmpty()) {
            throw new NotAllowed("checklist:" + String.join(", ", missing));
        }
        JsonObject body = new JsonObject();
        if (workDone != null && !workDone.trim().isEmpty()) {
            body.addProperty("workDone", workDone.trim());
        }
        if (labourMinutes != null) {
            body.addProperty("labourMinutes", labourMinutes);
        }
        stage(id, CallKind.FINISH, "finish", body);
    }

    // --- work on site

    public void startWork(UUID id) {
        change(id, CallKind.WORK_START, "POST", "work/start", new JsonObject());
    }

    public void stopWork(UUID id) {
        change(id, CallKind.WORK_STOP, "POST", "work/stop", new JsonObject());
    }

    /** A finding or a defect; its id is the phone's, so a resend adds nothing. */
    public UUID addFinding(UUID id, boolean defect, String text) {
        UUID findingId = UUID.randomUUID();
        JsonObject body = new JsonObject();
        body.addProperty("id", findingId.toString());
        body.addProperty("kind", defect ? "DEFECT" : "FINDING");
        body.addProperty("text", required(text, "text"));
        change(id, CallKind.FINDING, "POST", "findings", body);
        return findingId;
    }

    /** A part used, from the catalog (the van's stock when the Stock module is licensed: source VAN). */
    public UUID addPart(UUID id, CatalogPart part, BigDecimal quantity, String source) {
        if (part == null || part.id == null) {
            throw new NotAllowed("partId");
        }
        if (quantity == null || quantity.signum() <= 0) {
            throw new NotAllowed("quantity");
        }
        UUID lineId = UUID.randomUUID();
        JsonObject body = new JsonObject();
        body.addProperty("lineId", lineId.toString());
        body.addProperty("partId", part.id.toString());
        body.addProperty("quantity", quantity);
        if (source != null) {
            body.addProperty("source", source);
        }
        PendingCall call = call(id, CallKind.PART, "POST", "parts", body);
        JsonObject display = new JsonObject();
        display.addProperty("name", part.name);
        display.addProperty("code", part.code);
        display.addProperty("unit", part.unit);
        call.display = display.toString();
        outbox.add(call);
        return lineId;
    }

    public void removePart(UUID id, UUID lineId) {
        change(id, CallKind.REMOVE_PART, "DELETE", "parts/" + lineId, new JsonObject());
    }

    /** A checklist point: OK, or PROBLEM with a defect (from the point's list or typed) and/or a note. */
    public void answer(UUID id, UUID itemId, boolean ok, String defect, String note) {
        TicketDetails view = require(id, CallKind.ANSWER);
        TicketDetails.ChecklistItem item = null;
        for (TicketDetails.ChecklistItem i : view.checklist) {
            if (i.id.equals(itemId)) {
                item = i;
            }
        }
        if (item == null) {
            throw new NotAllowed("itemId");
        }
        if (!ok && blank(defect) && blank(note)) {
            throw new NotAllowed("defect");
        }
        JsonObject body = new JsonObject();
        body.addProperty("answer", ok ? "OK" : "PROBLEM");
        if (!ok && !blank(defect)) {
            body.addProperty("defect", defect.trim());
        }
        if (!blank(note)) {
            body.addProperty("note", note.trim());
        }
        change(id, CallKind.ANSWER, "PUT", "checklist/" + itemId, body);
    }

    /** A photo already compressed on the phone (JPEG), with the fix when there is one. */
    public void addPhoto(UUID id, String filePath, Double latitude, Double longitude) {
        JsonObject fields = new JsonObject();
        if (latitude != null && longitude != null) {
            fields.addProperty(
                    "latitude",
                    BigDecimal.valueOf(latitude)
                            .setScale(6, java.math.RoundingMode.HALF_UP)
                            .toPlainString());
            fields.addProperty(
                    "longitude",
                    BigDecimal.valueOf(longitude)
                            .setScale(6, java.math.RoundingMode.HALF_UP)
                            .toPlainString());
        }
        PendingCall call = call(id, CallKind.PHOTO, "POST", "photos", fields);
        call.filePath = Objects.requireNonNull(filePath);
        call.mediaType = "image/jpeg";
        outbox.add(call);
    }

    /** The customer's signature (PNG from the touch screen) and name. */
    public void sign(UUID id, String pngPath, String signerName) {
        JsonObject fields = new JsonObject();
        fields.addProperty("signerName", required(signerName, "signerName"));
        PendingCall call = call(id, CallKind.SIGNATURE, "POST", "signature", fields);
        call.filePath = Objects.requireNonNull(pngPath);
        call.mediaType = "image/png";
        outbox.add(call);
    }

    /** The mandatory checklist points not answered yet (as the phone sees them, queued answers included). */
    public static List<String> missingMandatory(TicketDetails view) {
        List<String> missing = new ArrayList<>();
        for (TicketDetails.ChecklistItem item : view.checklist) {
            if (item.mandatory && item.answer == null) {
                missing.add(item.position + ". " + item.text);
            }
        }
        return missing;
    }

    // --- inside

    private void stage(UUID id, CallKind kind, String action, JsonObject body) {
        change(id, kind, "POST", action, body);
    }

    private void change(UUID id, CallKind kind, String method, String action, JsonObject body) {
        outbox.add(call(id, kind, method, action, body));
    }

    private PendingCall call(UUID id, CallKind kind, String method, String action, JsonObject body) {
        TicketDetails view = require(id, kind);
        body.addProperty("deviceAt", clock.instant().toString());
        return new PendingCall(kind, id, view.summary.number, method, BASE + id + "/" + action, body.toString());
    }

    private TicketDetails require(UUID id, CallKind kind) {
        TicketDetails view = ticket(id);
        if (view == null) {
            throw new NotAllowed("ticket");
        }
        if (!TicketRules.allows(view.summary, kind)) {
            throw new NotAllowed("stage");
        }
        return view;
    }

    /** The stored ticket with the phone's queued calls applied. */
    private TicketDetails project(TicketDetails stored, List<PendingCall> queued) {
        TicketDetails view = Json.GSON.fromJson(Json.GSON.toJson(stored), TicketDetails.class);
        for (PendingCall call : queued) {
            if (!call.ticketId.equals(stored.id()) || !call.waiting()) {
                continue;
            }
            JsonObject body = Json.GSON.fromJson(call.json, JsonObject.class);
            switch (call.kind) {
                case ANSWER:
                    String itemId = call.path.substring(call.path.lastIndexOf('/') + 1);
                    for (TicketDetails.ChecklistItem item : view.checklist) {
                        if (item.id.toString().equals(itemId)) {
                            item.answer = body.get("answer").getAsString();
                            item.defect =
                                    body.has("defect") ? body.get("defect").getAsString() : null;
                            item.note = body.has("note") ? body.get("note").getAsString() : null;
                        }
                    }
                    break;
                case FINDING:
                    TicketDetails.Finding finding = new TicketDetails.Finding();
                    finding.id = UUID.fromString(body.get("id").getAsString());
                    finding.kind = body.get("kind").getAsString();
                    finding.text = body.get("text").getAsString();
                    view.findings.add(finding);
                    break;
                case PART:
                    TicketDetails.PartLine line = new TicketDetails.PartLine();
                    line.id = UUID.fromString(body.get("lineId").getAsString());
                    line.partId = UUID.fromString(body.get("partId").getAsString());
                    line.quantity = body.get("quantity").getAsBigDecimal();
                    if (call.display != null) {
                        JsonObject shown = Json.GSON.fromJson(call.display, JsonObject.class);
                        line.name = text(shown, "name");
                        line.code = text(shown, "code");
                        line.unit = text(shown, "unit");
                    }
                    view.parts.add(line);
                    break;
                case REMOVE_PART:
                    String lineId = call.path.substring(call.path.lastIndexOf('/') + 1);
                    view.parts.removeIf(p -> p.id.toString().equals(lineId));
                    break;
                case SIGNATURE:
                    view.signerName = body.get("signerName").getAsString();
                    break;
                default:
                    TicketRules.apply(view.summary, call.kind);
            }
        }
        return view;
    }

    private static String text(JsonObject object, String field) {
        return object.has(field) && !object.get(field).isJsonNull()
                ? object.get(field).getAsString()
                : null;
    }

    private static JsonObject withReason(String reason) {
        JsonObject body = new JsonObject();
        body.addProperty("reason", required(reason, "reason"));
        return body;
    }

    private static String required(String value, String field) {
        if (blank(value)) {
            throw new NotAllowed(field);
        }
        return value.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.trim().isEmpty();
    }
}
