package com.intervo.invoicing;

import com.intervo.kernel.documents.DocumentKind;
import com.intervo.kernel.documents.DocumentKindDefinition;
import com.intervo.kernel.licensing.ModuleDescriptor;
import com.intervo.kernel.licensing.ModuleKey;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** The Invoicing module's manifest: its license key, what it requires, and where it sits in the menu. */
@Component
public class InvoicingModule implements ModuleDescriptor {

    public static final DocumentKind QUOTE = DocumentKind.of("QUOTE");
    public static final DocumentKind INVOICE = DocumentKind.of("INVOICE");

    @Bean
    static DocumentKindDefinition quoteDocument() {
        return DocumentKindDefinition.of(QUOTE, "invoicing.document.quote", "documents/invoicing", "OF", 40);
    }

    @Bean
    static DocumentKindDefinition invoiceDocument() {
        return DocumentKindDefinition.of(INVOICE, "invoicing.document.invoice", "documents/invoicing", "FC", 50);
    }

    @Override
    public ModuleKey key() {
        return ModuleKey.INVOICING;
    }

    @Override
    public Set<ModuleKey> requires() {
        return Set.of();
    }

    @Override
    public String menuGroup() {
        return "invoicing.menu.group";
    }

    @Override
    public String apiSegment() {
        return "invoicing";
    }

    @Override
    public int menuOrder() {
        return 50;
    }
}
