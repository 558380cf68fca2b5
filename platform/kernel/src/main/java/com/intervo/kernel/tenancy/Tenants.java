package com.intervo.kernel.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Tenants extends JpaRepository<Tenant, UUID> {

    Optional<Tenant> findByKey(String key);

    boolean existsByKey(String key);

    List<Tenant> findByStatusOrderByKey(Tenant.Status status);

    List<Tenant> findByStatusInOrderByKey(java.util.Collection<Tenant.Status> statuses);

    List<Tenant> findAllByOrderByKey();

    @org.springframework.data.jpa.repository.Query("select t.key from Tenant t where t.readOnlySince is not null")
    List<String> findReadOnlyKeys();
}
