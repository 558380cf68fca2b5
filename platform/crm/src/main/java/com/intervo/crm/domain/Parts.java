package com.intervo.crm.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Parts extends JpaRepository<Part, UUID> {

    List<Part> findByActiveTrue(Sort sort);
}
