package com.intervo.dispatch.rest;

import com.intervo.dispatch.DispatchSettings;
import com.intervo.dispatch.TechnicianSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The technician app's live channel and its settings: a server-sent-events stream that says which of my tickets
 * changed (the app then syncs with {@code GET /my/tickets?since=cursor}), and what the workspace sets for the phone.
 */
@RestController
@RequestMapping("/api/v1/dispatch")
@Tag(name = "Dispatch: technician")
@SecurityRequirement(name = "bearer")
class TechnicianEventsController {

    private final TechnicianEventStreams streams;
    private final DispatchSettings settings;

    TechnicianEventsController(TechnicianEventStreams streams, DispatchSettings settings) {
        this.streams = streams;
        this.settings = settings;
    }

    @GetMapping(value = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(
            summary = "My tickets' changes, live (server-sent events)",
            description = "A text/event-stream for the signed-in technician. First `event: ready` (data "
                    + "`{lifetimeSeconds, heartbeatSeconds}`, `retry: 5000`): sync now. Then `event: ticket` with an "
                    + "`id:` and data `{ticketId, kind: ASSIGNED|UNASSIGNED|CANCELLED|CHANGED}` whenever one of MY "
                    + "tickets changed (on any replica): sync with GET /my/tickets?since=cursor. A `: ping` comment "
                    + "every 25 s keeps the connection alive. The server ends the stream after 15 minutes (sooner when "
                    + "the token or the user is no longer valid): reconnect, and sync after each `ready` — events are "
                    + "not replayed (Last-Event-ID is ignored).")
    @ApiResponse(
            responseCode = "200",
            description = "The stream; the data of each `ticket` event",
            content =
                    @Content(
                            mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                            schema = @Schema(implementation = TechnicianEventStreams.TicketEvent.class)))
    SseEmitter events(@Parameter(hidden = true) @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        // the bearer filter let the call in with this header; the stream checks the token again while open
        return streams.open(authorization.substring("Bearer ".length()).trim());
    }

    @GetMapping("/my/settings")
    @Operation(
            summary = "What the workspace sets for my phone",
            description = "How often to record the position (seconds) and how many positions to send per "
                    + "POST /locations.")
    TechnicianSettings mySettings() {
        return settings.technicianSettings();
    }
}
