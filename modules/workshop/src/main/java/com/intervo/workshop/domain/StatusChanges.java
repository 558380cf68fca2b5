package com.intervo.workshop.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StatusChanges extends JpaRepository<StatusChange, UUID> {

    @Query("select c from StatusChange c where c.sheetId = :sheet order by c.changedAt, c.id")
    List<StatusChange> ofSheet(@Param("sheet") UUID sheet);
}
