package com.intervo.workshop;

import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.customization.CustomizableEntityDefinition;
import com.intervo.kernel.customization.WorkflowDefinition;
import com.intervo.kernel.documents.DocumentDefaults;
import com.intervo.kernel.documents.DocumentKind;
import com.intervo.kernel.documents.DocumentKindDefinition;
import com.intervo.kernel.licensing.ModuleDescriptor;
import com.intervo.kernel.licensing.ModuleKey;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** The Workshop Simple module's manifest: its license key, what it requires, and where it sits in the menu. */
@Component
public class WorkshopModule implements ModuleDescriptor {

    /** Printed at intake, with the tracking code and its QR code. */
    public static final DocumentKind INTAKE_PROTOCOL = DocumentKind.of("INTAKE_PROTOCOL");
    /** Printed when the device goes back to its owner. */
    public static final DocumentKind HANDOVER_PROTOCOL = DocumentKind.of("HANDOVER_PROTOCOL");

    /** Service sheets take custom fields. */
    public static final CustomizableEntity SERVICE_SHEET = CustomizableEntity.of("SERVICE_SHEET");
    /** A sheet's statuses; the defaults are seeded by db/changelog/tenant/workshop/003-default-statuses.sql. */
    public static final String SHEET_WORKFLOW = "SERVICE_SHEET";

    @Bean
    static CustomizableEntityDefinition serviceSheetFields() {
        return new CustomizableEntityDefinition(SERVICE_SHEET, "workshop.fields.service-sheet", 30);
    }

    @Bean
    static WorkflowDefinition sheetWorkflow() {
        return new WorkflowDefinition(SHEET_WORKFLOW, "workshop.workflow.service-sheet", 10);
    }

    @Bean
    static DocumentKindDefinition intakeProtocolDocument() {
        return DocumentKindDefinition.of(
                        INTAKE_PROTOCOL, "workshop.document.intake-protocol", "documents/workshop", "PP", 10)
                .withSample((model, language) -> model.put("trackingQr", DocumentDefaults.sampleQrCode()));
    }

    @Bean
    static DocumentKindDefinition handoverProtocolDocument() {
        return DocumentKindDefinition.of(
                HANDOVER_PROTOCOL, "workshop.document.handover-protocol", "documents/workshop", "PV", 20);
    }

    @Override
    public ModuleKey key() {
        return ModuleKey.WORKSHOP_SIMPLE;
    }

    @Override
    public Set<ModuleKey> requires() {
        return Set.of();
    }

    @Override
    public Optional<String> tenantChangelog() {
        return Optional.of("db/changelog/tenant/workshop/changelog.xml");
    }

    @Override
    public String menuGroup() {
        return "workshop.menu.group";
    }

    @Override
    public String apiSegment() {
        return "workshop";
    }

    @Override
    public int menuOrder() {
        return 10;
    }
}
