package com.intervo.dispatch;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the workspace sets for its technicians' phones ({@code GET /api/v1/dispatch/my/settings}).
 *
 * @param locationIntervalSeconds how often the phone records its position (15–900 s; the admin sets it)
 * @param pingBatchSize           how many recorded positions the phone sends in one {@code POST /locations}
 */
public record TechnicianSettings(
        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "How often the phone records its position, in seconds (15–900)")
        int locationIntervalSeconds,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "How many recorded positions go in one POST /locations")
        int pingBatchSize) {}
