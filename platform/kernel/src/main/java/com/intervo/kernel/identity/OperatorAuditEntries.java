package com.intervo.kernel.identity;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OperatorAuditEntries extends JpaRepository<OperatorAuditEntry, UUID> {

    List<OperatorAuditEntry> findAllByOrderByAtDesc(Pageable page);

    List<OperatorAuditEntry> findByTenantKeyOrderByAtDesc(String tenantKey);
}
