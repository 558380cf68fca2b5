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

    /**
     * The ids of a technician's open tickets ({@link TicketStage#OPEN}), without loading them (the app's sync lists
     * them). The stages are written out, not bound: a query with a list parameter is planned anew on every call.
     */
    @Query("select t.id from Ticket t where t.technicianId = :user and t.stage in ("
            + "com.intervo.dispatch.TicketStage.NEW, com.intervo.dispatch.TicketStage.ASSIGNED, "
            + "com.intervo.dispatch.TicketStage.ACCEPTED, com.intervo.dispatch.TicketStage.EN_ROUTE, "
            + "com.intervo.dispatch.TicketStage.ON_SITE, com.intervo.dispatch.TicketStage.POSTPONED) "
            + "order by t.priority desc, t.desiredDate nulls last, t.createdAt")
    List<UUID> idsOfOpenAssignedTo(@Param("user") UUID user);

    @Query("select t from Ticket t where t.equipmentId = :equipment order by t.createdAt desc")
    List<Ticket> ofEquipment(@Param("equipment") UUID equipment);

    @Query("select t from Ticket t where t.stage = com.intervo.dispatch.TicketStage.DONE and t.approvedAt is null "
            + "order by t.finishedAt")
    List<Ticket> awaitingApproval();

    /** The snapshot's oldest running transaction: every change below it is committed and visible. */
    @Query(value = "select pg_snapshot_xmin(pg_current_snapshot())::text::bigint", nativeQuery = true)
    long syncCursor();
}
