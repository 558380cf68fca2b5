package com.intervo.dispatch.domain;

import com.intervo.dispatch.TicketStage;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Tickets extends JpaRepository<Ticket, UUID>, JpaSpecificationExecutor<Ticket> {

    /** Whether a part line with this id exists on any ticket. */
    @Query("select count(p) > 0 from TicketPart p where p.id = :id")
    boolean partLineExists(@Param("id") UUID id);

    /** Whether a finding with this id exists on any ticket. */
    @Query("select count(f) > 0 from TicketFinding f where f.id = :id")
    boolean findingExists(@Param("id") UUID id);

    /** The ticket with its row locked until the transaction ends: one action at a time per ticket. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Ticket t where t.id = :id")
    Optional<Ticket> lock(@Param("id") UUID id);

    /** A technician's tickets changed at or after the cursor, including those taken away from them. */
    @Query("select t from Ticket t where (t.technicianId = :user or t.previousTechnicianId = :user) "
            + "and t.changeTxid >= :cursor order by t.changeTxid, t.id")
    List<Ticket> changedFor(@Param("user") UUID user, @Param("cursor") long cursor);

    @Query("select t from Ticket t where t.technicianId = :user and t.stage in :stages "
            + "order by t.priority desc, t.desiredDate nulls last, t.createdAt")
    List<Ticket> assignedTo(@Param("user") UUID user, @Param("stages") Collection<TicketStage> stages);

    /** The ids of {@link #assignedTo}, without loading the tickets (the app's sync lists them). */
    @Query("select t.id from Ticket t where t.technicianId = :user and t.stage in :stages "
            + "order by t.priority desc, t.desiredDate nulls last, t.createdAt")
    List<UUID> idsAssignedTo(@Param("user") UUID user, @Param("stages") Collection<TicketStage> stages);

    @Query("select t from Ticket t where t.equipmentId = :equipment order by t.createdAt desc")
    List<Ticket> ofEquipment(@Param("equipment") UUID equipment);

    @Query("select t from Ticket t where t.stage = com.intervo.dispatch.TicketStage.DONE and t.approvedAt is null "
            + "order by t.finishedAt")
    List<Ticket> awaitingApproval();

    /** The snapshot's oldest running transaction: every change below it is committed and visible. */
    @Query(value = "select pg_snapshot_xmin(pg_current_snapshot())::text::bigint", nativeQuery = true)
    long syncCursor();
}
