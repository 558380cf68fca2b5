package com.intervo.kernel.notifications;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppNotifications extends JpaRepository<AppNotification, UUID> {

    @Query("select n from AppNotification n where n.userId = :user order by n.createdAt desc, n.id")
    List<AppNotification> newest(@Param("user") UUID user, Pageable page);

    @Query("select count(n) from AppNotification n where n.userId = :user and n.readAt is null")
    long unread(@Param("user") UUID user);

    @Modifying
    @Query("update AppNotification n set n.readAt = :at where n.userId = :user and n.readAt is null")
    int readAll(@Param("user") UUID user, @Param("at") java.time.Instant at);
}
