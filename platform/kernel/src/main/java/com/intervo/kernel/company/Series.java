package com.intervo.kernel.company;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Series extends JpaRepository<NumberingSeries, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from NumberingSeries s where s.key = :key")
    Optional<NumberingSeries> lock(@Param("key") String key);

    @Query("select s from NumberingSeries s order by s.key")
    List<NumberingSeries> ordered();
}
