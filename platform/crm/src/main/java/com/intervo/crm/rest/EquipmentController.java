package com.intervo.crm.rest;

import com.intervo.crm.EquipmentService;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.errors.DomainException;
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
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/crm/equipment")
@Tag(name = "Equipment", description = "The installed base: devices and installations of customers")
@SecurityRequirement(name = "bearer")
class EquipmentController {

    record EquipmentRequest(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Long version,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID customerId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID siteId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID typeId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID modelId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String serialNumber,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            LocalDate installDate,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            LocalDate warrantyUntil,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String notes,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            BigDecimal latitude,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            BigDecimal longitude,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Map<String, Object> customFields) {

        Equipment.Draft draft() {
            return new Equipment.Draft(
                    customerId,
                    siteId,
                    typeId,
                    modelId,
                    serialNumber,
                    name,
                    installDate,
                    warrantyUntil,
                    notes,
                    latitude,
                    longitude,
                    customFields);
        }
    }

    record EquipmentResponse(
            UUID id,
            long version,
            UUID customerId,
            String customerName,
            UUID siteId,
            UUID typeId,
            String typeName,
            UUID modelId,
            String modelName,
            String serialNumber,
            String name,
            String displayName,
            LocalDate installDate,
            LocalDate warrantyUntil,
            boolean underWarranty,
            String notes,
            BigDecimal latitude,
            BigDecimal longitude,
            Map<String, Object> customFields,
            Instant createdAt,
            Instant updatedAt) {

        /** {@code today}: the workspace's day, which decides whether the warranty still runs. */
        static EquipmentResponse of(Equipment e, LocalDate today) {
            return new EquipmentResponse(
                    e.getId(),
                    e.getVersion(),
                    e.getCustomer().getId(),
                    e.getCustomer().getName(),
                    e.getSite() == null ? null : e.getSite().getId(),
                    e.getType() == null ? null : e.getType().getId(),
                    e.getType() == null ? null : e.getType().getName(),
                    e.getModel() == null ? null : e.getModel().getId(),
                    e.getModel() == null ? null : e.getModel().fullName(),
                    e.getSerialNumber(),
                    e.getName(),
                    e.displayName(),
                    e.getInstallDate(),
                    e.getWarrantyUntil(),
                    e.underWarrantyOn(today),
                    e.getNotes(),
                    e.getLatitude(),
                    e.getLongitude(),
                    e.getCustomFields(),
                    e.getCreatedAt(),
                    e.getUpdatedAt());
        }
    }

    record EquipmentPage(List<EquipmentResponse> items, long total, int offset, int limit) {}

    private final EquipmentService equipment;

    private final com.intervo.kernel.tenancy.WorkspaceClock workspace;

    EquipmentController(EquipmentService equipment, com.intervo.kernel.tenancy.WorkspaceClock workspace) {
        this.equipment = equipment;
        this.workspace = workspace;
    }

    @PostMapping
    @Operation(
            summary = "Register equipment",
            description = "409 when the serial number is already registered; 422 names an invalid or missing field, "
                    + "including required custom fields of the equipment type.")
    ResponseEntity<EquipmentResponse> create(@RequestBody EquipmentRequest request) {
        Equipment created = request.id() == null
                ? equipment.register(request.draft())
                : equipment.register(request.id(), request.draft());
        return ResponseEntity.created(URI.create("/api/v1/crm/equipment/" + created.getId()))
                .body(EquipmentResponse.of(created, workspace.today()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read equipment")
    EquipmentResponse get(@PathVariable UUID id) {
        LocalDate today = workspace.today();
        return equipment
                .find(id)
                .map(e -> EquipmentResponse.of(e, today))
                .orElseThrow(() -> DomainException.notFound("crm.error.equipment-not-found"));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update equipment", description = "Send the version you read; 409 if it changed since.")
    EquipmentResponse update(@PathVariable UUID id, @RequestBody EquipmentRequest request) {
        if (request.version() == null) {
            throw DomainException.invalid("crm.error.required", "version");
        }
        return EquipmentResponse.of(equipment.update(id, request.version(), request.draft()), workspace.today());
    }

    @GetMapping
    @Operation(summary = "Find equipment by serial number, name or custom field value; or exactly by serial")
    // the page and its total in one transaction: one connection and one schema switch, not two
    @Transactional(readOnly = true)
    EquipmentPage search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String serial,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        LocalDate today = workspace.today();
        if (serial != null) {
            List<EquipmentResponse> exact =
                    equipment.findBySerial(serial).map(e -> EquipmentResponse.of(e, today)).stream()
                            .toList();
            return new EquipmentPage(exact, exact.size(), 0, limit);
        }
        return new EquipmentPage(
                equipment.search(q, offset, limit).stream()
                        .map(e -> EquipmentResponse.of(e, today))
                        .toList(),
                equipment.count(q),
                offset,
                limit);
    }
}
