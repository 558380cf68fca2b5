package com.intervo.workshop.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ServiceSheets extends JpaRepository<ServiceSheet, UUID> {

    Optional<ServiceSheet> findByTrackingCode(String trackingCode);

    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ServiceSheet s where s.id = :id")
    Optional<ServiceSheet> lock(@Param("id") UUID id);

    @Query("select s from ServiceSheet s where s.equipmentId = :equipment order by s.receivedAt desc")
    List<ServiceSheet> ofEquipment(@Param("equipment") UUID equipment);

    @Query("select s from ServiceSheet s where s.closedAt is null and s.promisedDate < :day "
            + "and s.overdueAlertedAt is null order by s.promisedDate, s.receivedAt")
    List<ServiceSheet> overdueNotAlerted(@Param("day") LocalDate day);
}
