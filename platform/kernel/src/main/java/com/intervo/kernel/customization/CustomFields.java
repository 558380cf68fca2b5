package com.intervo.kernel.customization;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomFields extends JpaRepository<CustomField, UUID> {

    List<CustomField> findByEntityOrderByPositionAsc(CustomizableEntity entity);

    @Query("select coalesce(max(f.position), -1) from CustomField f where f.entity = ?1")
    int maxPosition(CustomizableEntity entity);
}
