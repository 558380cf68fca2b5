package com.intervo.stock.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The workspace's warehouses (tenant schema). */
public interface Warehouses extends JpaRepository<Warehouse, UUID> {

    Optional<Warehouse> findByCode(String code);
}
