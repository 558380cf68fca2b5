package com.intervo.dispatch;

import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.customization.CustomizableEntityDefinition;
import com.intervo.kernel.customization.WorkflowDefinition;
import com.intervo.kernel.documents.DocumentKind;
import com.intervo.kernel.documents.DocumentKindDefinition;
import com.intervo.kernel.licensing.ModuleDescriptor;
import com.intervo.kernel.licensing.ModuleKey;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** The Dispatch module's manifest: its license key, what it requires, and where it sits in the menu. */
@Component
public class DispatchModule implements ModuleDescriptor {

    /** The field technician's report of a visit, signed by the customer on site. */
    public static final DocumentKind WORK_REPORT = DocumentKind.of("WORK_REPORT");

    /** Tickets take custom fields. */
    public static final CustomizableEntity TICKET = CustomizableEntity.of("TICKET");
    /** A ticket's statuses; the defaults are seeded by db/changelog/tenant/dispatch/004-default-statuses.sql. */
    public static final String TICKET_WORKFLOW = "TICKET";

    @Bean
    static CustomizableEntityDefinition ticketFields() {
        return new CustomizableEntityDefinition(TICKET, "dispatch.fields.ticket", 40);
    }

    @Bean
    static WorkflowDefinition ticketWorkflow() {
        return new WorkflowDefinition(TICKET_WORKFLOW, "dispatch.workflow.ticket", 20);
    }

    @Bean
    static DocumentKindDefinition workReportDocument() {
        return DocumentKindDefinition.of(WORK_REPORT, "dispatch.document.work-report", "documents/dispatch", "RL", 30)
                .withSample(WorkReportSample::addTo);
    }

    @Override
    public ModuleKey key() {
        return ModuleKey.DISPATCH;
    }

    @Override
    public Set<ModuleKey> requires() {
        return Set.of();
    }

    @Override
    public Optional<String> tenantChangelog() {
        return Optional.of("db/changelog/tenant/dispatch/changelog.xml");
    }

    @Override
    public String menuGroup() {
        return "dispatch.menu.group";
    }

    @Override
    public String apiSegment() {
        return "dispatch";
    }

    @Override
    public int menuOrder() {
        return 20;
    }
}
