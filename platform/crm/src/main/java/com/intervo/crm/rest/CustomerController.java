package com.intervo.crm.rest;

import com.intervo.crm.CustomerDraft;
import com.intervo.crm.CustomerService;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.CustomerContact;
import com.intervo.crm.domain.Site;
import com.intervo.kernel.errors.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
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
@RequestMapping("/api/v1/crm/customers")
@Tag(name = "Customers", description = "Persons and companies with contacts and sites")
@SecurityRequirement(name = "bearer")
class CustomerController {

    record ContactDto(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String role,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String email,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String phone) {}

    record SiteDto(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String label,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String street,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String city,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String county,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String postalCode,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String country,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            BigDecimal latitude,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            BigDecimal longitude) {}

    /** {@code id} may be chosen by the client on create (offline apps); {@code version} is required on update. */
    record CustomerRequest(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Long version,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
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
            Map<String, Object> customFields,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            List<ContactDto> contacts,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            List<SiteDto> sites) {

        CustomerDraft draft() {
            return new CustomerDraft(
                    kind,
                    name,
                    taxId,
                    email,
                    phone,
                    language,
                    notes,
                    customFields,
                    contacts == null
                            ? List.of()
                            : contacts.stream()
                                    .map(c -> new CustomerContact.Draft(c.name(), c.role(), c.email(), c.phone()))
                                    .toList(),
                    sites == null
                            ? List.of()
                            : sites.stream()
                                    .map(s -> new Site.Draft(
                                            s.id(),
                                            s.label(),
                                            s.street(),
                                            s.city(),
                                            s.county(),
                                            s.postalCode(),
                                            s.country(),
                                            s.latitude(),
                                            s.longitude()))
                                    .toList());
        }
    }

    record CustomerResponse(
            UUID id,
            long version,
            Customer.Kind kind,
            String name,
            String taxId,
            String email,
            String phone,
            String language,
            String notes,
            Map<String, Object> customFields,
            List<ContactDto> contacts,
            List<SiteDto> sites,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy) {

        static CustomerResponse of(Customer c) {
            return new CustomerResponse(
                    c.getId(),
                    c.getVersion(),
                    c.getKind(),
                    c.getName(),
                    c.getTaxId(),
                    c.getEmail(),
                    c.getPhone(),
                    c.getLanguage(),
                    c.getNotes(),
                    c.getCustomFields(),
                    c.getContacts().stream()
                            .map(x -> new ContactDto(x.getName(), x.getRole(), x.getEmail(), x.getPhone()))
                            .toList(),
                    c.getSites().stream()
                            .map(s -> new SiteDto(
                                    s.getId(),
                                    s.getLabel(),
                                    s.getStreet(),
                                    s.getCity(),
                                    s.getCounty(),
                                    s.getPostalCode(),
                                    s.getCountry(),
                                    s.getLatitude(),
                                    s.getLongitude()))
                            .toList(),
                    c.getCreatedAt(),
                    c.getCreatedBy(),
                    c.getUpdatedAt(),
                    c.getUpdatedBy());
        }
    }

    record CustomerPage(List<CustomerResponse> items, long total, int offset, int limit) {}

    private final CustomerService customers;

    CustomerController(CustomerService customers) {
        this.customers = customers;
    }

    @PostMapping
    @Operation(summary = "Create a customer", description = "422 names the invalid field; 409 when the id is taken.")
    ResponseEntity<CustomerResponse> create(@RequestBody CustomerRequest request) {
        Customer created = request.id() == null
                ? customers.create(request.draft())
                : customers.create(request.id(), request.draft());
        return ResponseEntity.created(URI.create("/api/v1/crm/customers/" + created.getId()))
                .body(CustomerResponse.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a customer")
    CustomerResponse get(@PathVariable UUID id) {
        return customers
                .find(id)
                .map(CustomerResponse::of)
                .orElseThrow(() -> DomainException.notFound("crm.error.customer-not-found"));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a customer", description = "Send the version you read; 409 if it changed since.")
    CustomerResponse update(@PathVariable UUID id, @RequestBody CustomerRequest request) {
        if (request.version() == null) {
            throw DomainException.invalid("crm.error.required", "version");
        }
        return CustomerResponse.of(customers.update(id, request.version(), request.draft()));
    }

    @GetMapping
    @Operation(summary = "Find customers by name, phone, e-mail, tax id or custom field value")
    // the page and its total in one transaction: one connection and one schema switch, not two
    @Transactional(readOnly = true)
    CustomerPage search(
            @Parameter(description = "text to look for; empty lists all") @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return new CustomerPage(
                customers.search(q, offset, limit).stream()
                        .map(CustomerResponse::of)
                        .toList(),
                customers.count(q),
                offset,
                limit);
    }
}
