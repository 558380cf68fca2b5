package com.intervo.dispatch.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TechnicianNotifications extends JpaRepository<TechnicianNotification, UUID> {

    List<TechnicianNotification> findByUserIdOrderByCreatedAtDesc(UUID userId, Limit limit);

    long countByUserIdAndReadAtIsNull(UUID userId);
}
