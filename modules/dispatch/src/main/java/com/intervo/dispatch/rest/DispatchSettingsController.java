package com.intervo.dispatch.rest;

import com.intervo.dispatch.DispatchSettings;
import com.intervo.dispatch.ReportSending;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's dispatch settings for its admins (the same as the Dispatch settings screen). */
@RestController
@RequestMapping("/api/v1/dispatch")
@Tag(name = "Dispatch: settings", description = "The workspace's dispatch settings (admins)")
@SecurityRequirement(name = "bearer")
class DispatchSettingsController {

    /** What to change; a component left out keeps its value. */
    @Schema(name = "DispatchSettingsRequest")
    record SettingsRequest(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            ReportSending reportSending,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "15–900 seconds")
            Integer locationIntervalSeconds) {}

    private final DispatchSettings settings;
    private final IdempotentResponses once;

    DispatchSettingsController(DispatchSettings settings, IdempotentResponses once) {
        this.settings = settings;
        this.once = once;
    }

    @GetMapping("/settings")
    @Operation(summary = "The workspace's dispatch settings")
    DispatchSettings.Current current() {
        return settings.current();
    }

    @PutMapping("/settings")
    @Operation(
            summary = "Change the workspace's dispatch settings",
            description = "All or nothing: a location interval outside 15–900 seconds is refused with 422.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = DispatchSettings.Current.class)))
    ResponseEntity<String> change(
            @RequestBody SettingsRequest request,
            HttpServletRequest http,
            @Parameter(description = TechnicianController.KEY_DOC)
                    @RequestHeader(name = IdempotentResponses.HEADER, required = false)
                    String key) {
        return once.run(
                http,
                key,
                request,
                200,
                () -> settings.change(request.reportSending(), request.locationIntervalSeconds()));
    }
}
