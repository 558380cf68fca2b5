package com.intervo.workshop;

import com.intervo.kernel.licensing.ModuleDescriptor;
import com.intervo.kernel.licensing.ModuleKey;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The Workshop Simple module's manifest: its license key, what it requires, and where it sits in the menu. */
@Component
public class WorkshopModule implements ModuleDescriptor {

    @Override
    public ModuleKey key() {
        return ModuleKey.WORKSHOP_SIMPLE;
    }

    @Override
    public Set<ModuleKey> requires() {
        return Set.of();
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
