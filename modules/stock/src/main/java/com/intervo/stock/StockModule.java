package com.intervo.stock;

import com.intervo.kernel.licensing.ModuleDescriptor;
import com.intervo.kernel.licensing.ModuleKey;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The Stock module's manifest: its license key, what it requires, and where it sits in the menu. */
@Component
public class StockModule implements ModuleDescriptor {

    @Override
    public ModuleKey key() {
        return ModuleKey.STOCK;
    }

    @Override
    public Set<ModuleKey> requires() {
        return Set.of();
    }

    @Override
    public String menuGroup() {
        return "stock.menu.group";
    }

    @Override
    public String apiSegment() {
        return "stock";
    }

    @Override
    public int menuOrder() {
        return 30;
    }
}
