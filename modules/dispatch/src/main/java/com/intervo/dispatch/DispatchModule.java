package com.intervo.dispatch;

import com.intervo.kernel.licensing.ModuleDescriptor;
import com.intervo.kernel.licensing.ModuleKey;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The Dispatch module's manifest: its license key, what it requires, and where it sits in the menu. */
@Component
public class DispatchModule implements ModuleDescriptor {

    @Override
    public ModuleKey key() {
        return ModuleKey.DISPATCH;
    }

    @Override
    public Set<ModuleKey> requires() {
        return Set.of();
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
