package com.intervo.kernel.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMessages extends JpaRepository<OutboxMessage, UUID> {

    /** The oldest due message no other worker holds; locked until the claiming transaction ends. */
    @Query(
            value = "select * from outbox_message where status = 'QUEUED' and next_attempt_at <= :now "
                    + "order by next_attempt_at, id limit 1 for update skip locked",
            nativeQuery = true)
    Optional<OutboxMessage> claimDue(@Param("now") Instant now);

    /** When the next waiting message of the bound tenant is due, if any. */
    @Query("select min(m.nextAttemptAt) from OutboxMessage m"
            + " where m.status = com.intervo.kernel.mail.OutboxStatus.QUEUED")
    Optional<Instant> nextDue();

    List<OutboxMessage> findByOwnerTypeAndOwnerIdOrderByCreatedAtDesc(String ownerType, UUID ownerId);

    long countByStatus(OutboxStatus status);
}
