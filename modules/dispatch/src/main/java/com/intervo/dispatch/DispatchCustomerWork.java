package com.intervo.dispatch;

import com.intervo.crm.CustomerWork;
import com.intervo.crm.CustomerWorkContributor;
import com.intervo.dispatch.domain.Ticket;
import com.intervo.dispatch.domain.Tickets;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.customization.WorkflowStatuses;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer page's field-service history for the desk: how many tickets, how many still open, the newest,
 * and "New ticket" for the dispatcher (the board opens its dialog with this customer chosen).
 */
@Component
class DispatchCustomerWork implements CustomerWorkContributor {

    private final Tickets tickets;
    private final Licenses licenses;
    private final WorkflowStatuses statuses;
    private final Messages messages;

    DispatchCustomerWork(Tickets tickets, Licenses licenses, WorkflowStatuses statuses, Messages messages) {
        this.tickets = tickets;
        this.licenses = licenses;
        this.statuses = statuses;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CustomerWork> work(UUID customerId, int latest, Locale locale) {
        Optional<IntervoUser> user = IntervoAuthentication.current();
        if (TenantContext.current().isEmpty()
                || user.isEmpty()
                || !licenses.isLicensedHere(ModuleKey.DISPATCH)
                || !(user.get().has(Role.ADMIN)
                        || user.get().has(Role.DISPATCHER)
                        || user.get().has(Role.MANAGER))) {
            return Optional.empty();
        }
        Specification<Ticket> ofCustomer = (root, q, cb) -> cb.equal(root.get("customerId"), customerId);
        long total = tickets.count(ofCustomer);
        long open =
                tickets.count(ofCustomer.and((root, q, cb) -> root.get("stage").in(TicketStage.OPEN)));
        List<CustomerWork.Item> items = tickets
                .findAll(ofCustomer, PageRequest.of(0, Math.max(1, latest), Sort.by(Sort.Direction.DESC, "createdAt")))
                .getContent()
                .stream()
                .map(t -> {
                    Optional<WorkflowStatus> status = statuses.find(
                            DispatchModule.TICKET_WORKFLOW, t.getStage().statusKey());
                    return new CustomerWork.Item(
                            t.getCreatedAt(),
                            t.getNumber(),
                            t.getProblem(),
                            status.map(s -> s.label(locale))
                                    .orElseGet(() ->
                                            messages.getTranslation(t.getStage().nameKey(), locale)),
                            status.map(WorkflowStatus::colour).orElse(null),
                            null,
                            "dispatch/tickets/" + t.getId());
                })
                .toList();
        boolean dispatcher = user.get().has(Role.ADMIN) || user.get().has(Role.DISPATCHER);
        return Optional.of(new CustomerWork(
                "customer-tickets",
                "dispatch.customer.tickets",
                total,
                open,
                null,
                null,
                dispatcher ? "dispatch.customer.new-ticket" : null,
                "dispatch?new-ticket=" + customerId,
                items,
                200));
    }
}
