package com.intervo.purchasing;

import com.intervo.kernel.licensing.ModuleDescriptor;
import com.intervo.kernel.licensing.ModuleKey;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The Purchasing module's manifest: its license key, what it requires, and where it sits in the menu. */
@Component
public class PurchasingModule implements ModuleDescriptor {

    @Override
    public ModuleKey key() {
        return ModuleKey.PURCHASING;
    }

    @Override
    public Set<ModuleKey> requires() {
        return Set.of(ModuleKey.STOCK);
    }

    @Override
    public String menuGroup() {
        return "purchasing.menu.group";
    }

    @Override
    public String apiSegment() {
        return "purchasing";
    }

    @Override
    public int menuOrder() {
        return 40;
    }
}
