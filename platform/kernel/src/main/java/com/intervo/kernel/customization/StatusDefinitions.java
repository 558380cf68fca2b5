package com.intervo.kernel.customization;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatusDefinitions extends JpaRepository<StatusDefinition, UUID> {

    List<StatusDefinition> findByWorkflowOrderByPositionAsc(String workflow);

    @Query("select distinct s.workflow from StatusDefinition s order by s.workflow")
    List<String> workflows();
}
