package com.intervo.crm.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VatRates extends JpaRepository<VatRate, UUID> {

    /** The rate in force on the date: the latest one that started on or before it. */
    Optional<VatRate> findFirstByCategoryAndValidFromLessThanEqualOrderByValidFromDesc(String category, LocalDate date);

    List<VatRate> findAllByOrderByCategoryAscValidFromAsc();

    boolean existsByCategory(String category);
}
