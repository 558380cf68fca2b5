package com.intervo.workshop.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WorkEntries extends JpaRepository<WorkEntry, UUID> {

    @Query("select e from WorkEntry e where e.sheetId = :sheet order by e.createdAt, e.id")
    List<WorkEntry> ofSheet(@Param("sheet") UUID sheet);
}
