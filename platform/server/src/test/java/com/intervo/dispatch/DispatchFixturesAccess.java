package com.intervo.dispatch;

import com.intervo.kernel.tenancy.TenantId;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** The dispatch fixtures for tests in sub-packages. */
@Component
public class DispatchFixturesAccess {

    /** The workspace's ids, as sub-package tests see them. */
    public record Workspace(
            TenantId tenant,
            java.util.UUID customerId,
            java.util.UUID equipmentId,
            java.util.UUID technicianId,
            java.util.UUID partId) {}

    private final DispatchFixtures fixtures;

    DispatchFixturesAccess(DispatchFixtures fixtures) {
        this.fixtures = fixtures;
    }

    public Workspace workspace() {
        DispatchFixtures.Workspace ws = fixtures.workspace();
        return new Workspace(ws.tenant(), ws.customerId(), ws.equipmentId(), ws.technicianId(), ws.partId());
    }

    public <T> T as(TenantId tenant, String username, Supplier<T> work) {
        return fixtures.as(tenant, username, work);
    }
}
