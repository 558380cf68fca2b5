package com.intervo.dispatch;

import com.intervo.kernel.tenancy.TenantId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test fixture: a Dispatch listener guarded by the license condition, as every module listener must be. */
@Component
public class DispatchFixtureListener {

    public final List<TenantId> handled = new CopyOnWriteArrayList<>();

    @EventListener(condition = "@licenses.isLicensed(#event.tenant(), 'DISPATCH')")
    void on(FixtureTicketOpened event) {
        handled.add(event.tenant());
    }
}
