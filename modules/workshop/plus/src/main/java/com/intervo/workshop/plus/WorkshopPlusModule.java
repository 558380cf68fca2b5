package com.intervo.workshop.plus;

import com.intervo.kernel.documents.DocumentKind;
import com.intervo.kernel.documents.DocumentKindDefinition;
import com.intervo.kernel.licensing.ModuleDescriptor;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.security.PublicEndpoints;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The Workshop Plus module's manifest: its license key (it includes Workshop Simple), its tables, the repair quote
 * document, and the portal paths where the customer decides a quote.
 */
@Component
public class WorkshopPlusModule implements ModuleDescriptor {

    /** The quote a customer accepts or declines, made from the evaluation. */
    public static final DocumentKind REPAIR_QUOTE = DocumentKind.of("REPAIR_QUOTE");

    @Bean
    static DocumentKindDefinition repairQuoteDocument() {
        return DocumentKindDefinition.of(
                        REPAIR_QUOTE, "workshopplus.document.repair-quote", "documents/workshopplus", "OF", 30)
                .withSample(QuoteSample::addTo);
    }

    /** The portal's quote decisions are authorised by the tracking code in their URL, not by a session. */
    @Bean
    static PublicEndpoints workshopPlusPortalEndpoints() {
        return new PublicEndpoints(List.of("/portal/quote/**"), List.of(), null, List.of("/portal/quote/**"));
    }

    @Override
    public ModuleKey key() {
        return ModuleKey.WORKSHOP_PLUS;
    }

    @Override
    public Set<ModuleKey> requires() {
        return Set.of(ModuleKey.WORKSHOP_SIMPLE);
    }

    @Override
    public Optional<String> tenantChangelog() {
        return Optional.of("db/changelog/tenant/workshopplus/changelog.xml");
    }

    @Override
    public String menuGroup() {
        return "workshopplus.menu.group";
    }

    @Override
    public String apiSegment() {
        return "workshop-plus";
    }

    @Override
    public int menuOrder() {
        return 11;
    }
}
