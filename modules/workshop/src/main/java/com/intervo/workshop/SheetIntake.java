package com.intervo.workshop;

import com.intervo.crm.CustomerRef;
import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentRef;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.company.Numbering;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.customization.WorkflowStatuses;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.UserAccount;
import com.intervo.kernel.mail.Outbox;
import com.intervo.kernel.mail.OutboxMail;
import com.intervo.kernel.portal.PublicCodes;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.workshop.domain.MailText;
import com.intervo.workshop.domain.ServiceSheet;
import com.intervo.workshop.domain.ServiceSheets;
import com.intervo.workshop.domain.StatusChange;
import com.intervo.workshop.domain.StatusChanges;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk: devices taken in (customer and equipment found or created in the CRM, number, tracking code, intake
 * protocol) and what was written at intake corrected while the sheet is open. Receptionists (DISPATCHER), managers
 * and admins.
 */
@Service
@Transactional(readOnly = true)
public class SheetIntake {

    private final ServiceSheets sheets;
    private final StatusChanges history;
    private final CustomerService customers;
    private final EquipmentService equipment;
    private final WorkflowStatuses statuses;
    private final CustomFieldService customFields;
    private final Numbering numbering;
    private final PublicCodes codes;
    private final CustomerMails mails;
    private final SheetDocuments documents;
    private final WorkshopTenant tenant;
    private final SheetGuard guard;

    SheetIntake(
            ServiceSheets sheets,
            StatusChanges history,
            CustomerService customers,
            EquipmentService equipment,
            WorkflowStatuses statuses,
            CustomFieldService customFields,
            Numbering numbering,
            PublicCodes codes,
            CustomerMails mails,
            SheetDocuments documents,
            WorkshopTenant tenant,
            SheetGuard guard) {
        this.sheets = sheets;
        this.history = history;
        this.customers = customers;
        this.equipment = equipment;
        this.statuses = statuses;
        this.customFields = customFields;
        this.numbering = numbering;
        this.codes = codes;
        this.mails = mails;
        this.documents = documents;
        this.tenant = tenant;
        this.guard = guard;
    }

    /** Takes a device in: customer and equipment found or created, number, tracking code, initial status. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public SheetDetails intake(Intake in) {
        TenantContext.require();
        UUID id = in.id() == null ? UUID.randomUUID() : in.id();
        if (sheets.existsById(id)) {
            throw DomainException.conflict("workshop.error.id-taken", "id");
        }
        // every field of the sheet is checked before anything is created
        String problem = Rules.required(in.problem(), "problem", 4000);
        Rules.maxLength(in.accessories(), "accessories", 1000);
        Rules.maxLength(in.visibleCondition(), "visibleCondition", 1000);
        Rules.money(in.estimatedCost(), "estimatedCost");
        if (in.promisedDate() != null && in.promisedDate().isBefore(tenant.today())) {
            throw DomainException.invalid("workshop.error.promised-past", "promisedDate");
        }
        if ((in.customerId() == null) == (in.newCustomer() == null)) {
            throw DomainException.invalid("workshop.error.customer-required", "customerId");
        }
        if ((in.equipmentId() == null) == (in.newEquipment() == null)) {
            throw DomainException.invalid("workshop.error.equipment-required", "equipmentId");
        }
        Map<String, Object> custom = customFields.validate(WorkshopModule.SERVICE_SHEET, null, in.customFields());
        UserAccount technician = in.technicianId() == null ? null : guard.technician(in.technicianId());
        UUID customerId;
        if (in.customerId() != null) {
            customerId = customers
                    .ref(in.customerId())
                    .map(CustomerRef::id)
                    .orElseThrow(() -> DomainException.invalid("workshop.error.customer-not-found", "customerId"));
        } else {
            customerId = customers.create(in.newCustomer()).getId();
        }
        CustomerRef customer = customers.ref(customerId).orElseThrow();
        UUID deviceId = device(in, customerId);
        WorkflowStatus initial = statuses.initial(WorkshopModule.SHEET_WORKFLOW);
        Instant now = guard.clock().instant();
        String number = numbering.next(SheetGuard.SERIES, tenant.zone());
        String code = codes.issue(SheetGuard.TRACKING_PURPOSE, id);
        String language = customer.language() != null
                ? customer.language()
                : tenant.tenant().getDefaultLocale();
        ServiceSheet sheet = new ServiceSheet(
                id,
                number,
                code,
                customerId,
                deviceId,
                now,
                initial.key(),
                tenant.tenant().getCurrency(),
                Messages4.language(language));
        sheet.describe(problem, in.accessories(), in.visibleCondition(), in.estimatedCost(), in.promisedDate(), custom);
        if (technician != null) {
            sheet.assign(technician.getId(), technician.getDisplayName());
        }
        sheets.saveAndFlush(sheet);
        history.save(new StatusChange(id, null, initial.key(), null, now, WorkshopTenant.actor()));
        SheetDocuments.Issued protocol = documents.issueIntake(guard.details(sheet));
        sheet.intakeProtocolIssued(protocol.fileId());
        SheetDetails saved = guard.saved(sheet);
        if (in.emailProtocol()) {
            emailProtocol(saved, null, protocol.document());
        }
        return saved;
    }

    /** The device's id: the given equipment, a returning one by its serial number, or one registered now. */
    private UUID device(Intake in, UUID customerId) {
        if (in.equipmentId() != null) {
            return equipment
                    .ref(in.equipmentId())
                    .map(EquipmentRef::id)
                    .orElseThrow(() -> DomainException.invalid("workshop.error.equipment-not-found", "equipmentId"));
        }
        Equipment.Draft d = in.newEquipment();
        Optional<EquipmentRef> known = equipment.refBySerial(d.serialNumber());
        if (known.isPresent()) {
            if (!known.get().customerId().equals(customerId)) {
                throw DomainException.conflict(
                        "workshop.error.serial-of-other-customer",
                        "serialNumber",
                        d.serialNumber().strip());
            }
            return known.get().id(); // a returning device: a new sheet on the same equipment
        }
        return equipment
                .register(new Equipment.Draft(
                        customerId,
                        d.siteId(),
                        d.typeId(),
                        d.modelId(),
                        d.serialNumber(),
                        d.name(),
                        d.installDate(),
                        d.warrantyUntil(),
                        d.notes(),
                        d.latitude(),
                        d.longitude(),
                        d.customFields()))
                .getId();
    }

    /** Corrects what was written at intake, while the sheet is open; the intake protocol is issued again. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public SheetDetails describe(
            UUID id,
            long expectedVersion,
            String problem,
            String accessories,
            String visibleCondition,
            BigDecimal estimatedCost,
            LocalDate promisedDate,
            Map<String, Object> customFieldValues) {
        ServiceSheet sheet = guard.open(id);
        SheetGuard.checkVersion(sheet, expectedVersion);
        String text = Rules.required(problem, "problem", 4000);
        Rules.maxLength(accessories, "accessories", 1000);
        Rules.maxLength(visibleCondition, "visibleCondition", 1000);
        Rules.money(estimatedCost, "estimatedCost");
        Map<String, Object> custom = customFields.validate(
                WorkshopModule.SERVICE_SHEET, null, customFieldValues == null ? Map.of() : customFieldValues);
        sheet.describe(text, accessories, visibleCondition, estimatedCost, promisedDate, custom);
        // what the customer gets from now on says what the sheet says
        sheet.intakeProtocolIssued(documents.issueIntake(guard.details(sheet)).fileId());
        return guard.saved(sheet);
    }

    /** The intake protocol as issued. */
    @PermitAll
    public SheetDocument intakeProtocol(UUID id) {
        return documents.intake(guard.details(guard.get(id)));
    }

    /** Queues the intake protocol for the customer (or the given address); false when there is no address. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public boolean emailIntakeProtocol(UUID id, String address) {
        SheetDetails sheet = guard.details(guard.get(id));
        if (address != null && !address.isBlank() && !Outbox.isAddress(address)) {
            throw DomainException.invalid("workshop.error.email", "email");
        }
        return emailProtocol(sheet, address, documents.intake(sheet));
    }

    private boolean emailProtocol(SheetDetails sheet, String address, SheetDocument pdf) {
        Locale language = Locale.forLanguageTag(sheet.language());
        String status = statuses.find(WorkshopModule.SHEET_WORKFLOW, sheet.statusKey())
                .map(s -> s.label(language))
                .orElse(sheet.statusKey());
        return mails.queue(
                MailText.Kind.INTAKE,
                sheet,
                status,
                null,
                address,
                List.of(new OutboxMail.Attachment(pdf.fileName(), "application/pdf", pdf.pdf())));
    }

    /** Documents and mails speak one of the four languages. */
    static final class Messages4 {
        private Messages4() {}

        static String language(String language) {
            return language != null && WorkshopMailTexts.LANGUAGES.contains(language) ? language : "en";
        }
    }
}
