package com.intervo.kernel.licensing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Entitlements extends JpaRepository<Entitlement, UUID> {

    List<Entitlement> findByTenantId(UUID tenantId);

    List<Entitlement> findByTenantIdAndModule(UUID tenantId, ModuleKey module);

    Optional<Entitlement> findByTenantIdAndModuleAndSource(UUID tenantId, ModuleKey module, Entitlement.Source source);
}
