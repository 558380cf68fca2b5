package com.intervo.crm.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Checklists extends JpaRepository<Checklist, UUID> {

    List<Checklist> findByActiveTrue(Sort sort);
}
