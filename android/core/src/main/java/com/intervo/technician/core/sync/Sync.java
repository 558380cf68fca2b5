package com.intervo.technician.core.sync;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.intervo.technician.core.api.ApiException;
import com.intervo.technician.core.api.IntervoApi;
import com.intervo.technician.core.api.Multipart;
import com.intervo.technician.core.api.SyncPage;
import com.intervo.technician.core.api.TicketDetails;
import com.intervo.technician.core.outbox.OutboxStore;
import com.intervo.technician.core.outbox.PendingCall;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Sends the outbox in order, then reads my tickets since the cursor. A call without an answer stops the run and is
 * sent again later with the same key and the same bytes; a call the server refuses, or one whose ticket changed so
 * that it no longer applies, is kept for the technician and holds back the later calls of that ticket only.
 */
public final class Sync {

    /** A stale version is retried with the current one this many times while the action still applies. */
    static final int MAX_REBASES = 3;

    private final IntervoApi api;
    private final OutboxStore outbox;
    private final TicketStore tickets;
    private final UUID me;

    public Sync(IntervoApi api, OutboxStore outbox, TicketStore tickets, UUID me) {
        this.api = api;
        this.outbox = outbox;
        this.tickets = tickets;
        this.me = me;
    }

    /** Sends what waits, then reads what changed. */
    public synchronized SyncReport run() {
        SyncReport report = new SyncReport();
        flush(report);
        if (!report.offline && !report.signInNeeded) {
            pull(report);
        }
        return report;
    }

    void flush(SyncReport report) {
        Set<UUID> held = new HashSet<>();
        for (PendingCall call : outbox.all()) {
            if (!call.waiting()) {
                held.add(call.ticketId);
                continue;
            }
            if (held.contains(call.ticketId)) {
                continue;
            }
            if (!send(call, report)) {
                if (report.offline || report.signInNeeded) {
                    return;
                }
                held.add(call.ticketId);
            }
        }
    }

    /** True when the server has the call; false when it stays (the report tells why). */
    private boolean send(PendingCall call, SyncReport report) {
        while (true) {
            if (call.kind.versioned && !call.frozen) {
                TicketDetails local = tickets.get(call.ticketId);
                if (local == null) {
                    hold(call, PendingCall.State.CONFLICT, null, report);
                    return false;
                }
                freeze(call, local.summary.version);
            }
            try {
                if (call.attempts > 0) {
                    report.replayed++;
                }
                call.attempts++;
                outbox.update(call);
                TicketDetails answer = deliver(call);
                store(answer);
                outbox.remove(call.seq);
                if (call.filePath != null) {
                    new File(call.filePath).delete();
                }
                report.sent++;
                return true;
            } catch (IOException e) {
                report.offline = true;
                return false;
            } catch (ApiException e) {
                if (e.unauthorized()) {
                    report.signInNeeded = true;
                    return false;
                }
                if (e.transientFailure()) {
                    report.offline = true;
                    return false;
                }
                TicketDetails current = e.status() == 409 ? e.currentTicket() : null;
                if (current != null) {
                    store(current);
                    if (mine(current)
                            && TicketRules.allows(current.summary, call.kind)
                            && call.attempts <= MAX_REBASES) {
                        // the desk changed something else meanwhile: the action still applies to the ticket as it is
                        call.key = UUID.randomUUID().toString();
                        freeze(call, current.summary.version);
                        continue;
                    }
                }
                if (e.status() == 403 || e.status() == 404) {
                    tickets.remove(call.ticketId);
                }
                boolean conflict = e.status() == 409 || e.status() == 403 || e.status() == 404;
                hold(
                        call,
                        conflict ? PendingCall.State.CONFLICT : PendingCall.State.REFUSED,
                        e.problem().message(),
                        report);
                return false;
            }
        }
    }

    private void hold(PendingCall call, PendingCall.State state, String problem, SyncReport report) {
        call.state = state;
        call.problem = problem;
        outbox.update(call);
        String line = (call.ticketNumber == null ? "" : call.ticketNumber + ": ")
                + call.kind
                + (problem == null ? "" : " — " + problem);
        (state == PendingCall.State.CONFLICT ? report.conflicts : report.refused).add(line);
    }

    private void freeze(PendingCall call, long version) {
        JsonObject body =
                JsonParser.parseString(call.json == null ? "{}" : call.json).getAsJsonObject();
        body.addProperty("version", version);
        call.json = body.toString();
        call.frozen = true;
        outbox.update(call);
    }

    private TicketDetails deliver(PendingCall call) throws IOException, ApiException {
        if (!call.multipart()) {
            byte[] body = call.json == null ? null : call.json.getBytes(StandardCharsets.UTF_8);
            String path = call.path;
            if ("DELETE".equals(call.method)) {
                JsonObject fields = JsonParser.parseString(call.json).getAsJsonObject();
                path = fields.has("version")
                        ? path + "?version=" + fields.get("version").getAsLong()
                        : path;
                body = null;
            }
            return api.change(call.method, path, body, body == null ? null : "application/json", call.key);
        }
        Multipart form = new Multipart();
        JsonObject fields = JsonParser.parseString(call.json).getAsJsonObject();
        for (Map.Entry<String, com.google.gson.JsonElement> f : fields.entrySet()) {
            form.field(f.getKey(), f.getValue().getAsString());
        }
        File file = new File(call.filePath);
        form.file("file", file.getName(), call.mediaType, read(file));
        return api.change("POST", call.path, form.bytes(), form.contentType(), call.key);
    }

    void pull(SyncReport report) {
        try {
            SyncPage page = api.myTickets(tickets.cursor());
            for (TicketDetails t : page.tickets) {
                tickets.put(t);
            }
            for (UUID removed : page.removed) {
                tickets.remove(removed);
            }
            Set<UUID> open = new HashSet<>(page.openIds);
            for (TicketDetails t : tickets.all()) {
                if (TicketRules.open(t.summary.stage) && !open.contains(t.id())) {
                    tickets.remove(t.id());
                }
            }
            tickets.cursor(page.cursor);
            report.pulled = true;
        } catch (IOException e) {
            report.offline = true;
        } catch (ApiException e) {
            if (e.unauthorized()) {
                report.signInNeeded = true;
            } else if (e.transientFailure()) {
                report.offline = true;
            } else {
                report.pullRefused = e.problem().message();
            }
        }
    }

    private void store(TicketDetails ticket) {
        if (ticket == null || ticket.summary == null) {
            return;
        }
        if (mine(ticket)) {
            tickets.put(ticket);
        } else {
            tickets.remove(ticket.id());
        }
    }

    private boolean mine(TicketDetails ticket) {
        return me == null || me.equals(ticket.summary.technicianId);
    }

    private static byte[] read(File file) throws IOException {
        try (InputStream in = new FileInputStream(file)) {
            byte[] bytes = new byte[(int) file.length()];
            int off = 0;
            while (off < bytes.length) {
                int n = in.read(bytes, off, bytes.length - off);
                if (n < 0) {
                    break;
                }
                off += n;
            }
            return bytes;
        }
    }
}
