package com.intervo.invoicing;

import com.intervo.kernel.licensing.ModuleDescriptor;
import com.intervo.kernel.licensing.ModuleKey;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The Invoicing module's manifest: its license key, what it requires, and where it sits in the menu. */
@Component
public class InvoicingModule implements ModuleDescriptor {

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
