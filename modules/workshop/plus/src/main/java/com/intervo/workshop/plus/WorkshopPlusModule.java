package com.intervo.workshop.plus;

import com.intervo.kernel.licensing.ModuleDescriptor;
import com.intervo.kernel.licensing.ModuleKey;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The Workshop Plus module's manifest: its license key, what it requires, and where it sits in the menu. */
@Component
public class WorkshopPlusModule implements ModuleDescriptor {

    @Override
    public ModuleKey key() {
        return ModuleKey.WORKSHOP_PLUS;
    }

    @Override
    public Set<ModuleKey> requires() {
        return Set.of(ModuleKey.WORKSHOP_SIMPLE);
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
