package com.intervo.dispatch.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketActions extends JpaRepository<TicketAction, UUID> {

    List<TicketAction> findByTicketIdOrderByAtAscIdAsc(UUID ticketId);
}
