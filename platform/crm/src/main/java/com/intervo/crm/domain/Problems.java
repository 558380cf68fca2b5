package com.intervo.crm.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Problems extends JpaRepository<Problem, UUID> {

    List<Problem> findByActiveTrue(Sort sort);
}
