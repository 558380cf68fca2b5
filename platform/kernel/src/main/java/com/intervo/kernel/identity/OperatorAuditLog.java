package com.intervo.kernel.identity;

import com.intervo.kernel.identity.OperatorAuditEntry.Action;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit log of operator actions: written in the transaction of the action it records. */
@Service
public class OperatorAuditLog {

    private final OperatorAuditEntries entries;
    private final Clock clock;

    OperatorAuditLog(OperatorAuditEntries entries, Optional<Clock> clock) {
        this.entries = entries;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Records an action of the signed-in operator; must run inside the action's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    @RolesAllowed(OperatorAuthentication.ROLE)
    public void record(Action action, String tenantKey, String detail) {
        PlatformOperator operator = OperatorAuthentication.current().orElseThrow();
        write(operator.username(), action, tenantKey, detail);
    }

    void write(String operatorUsername, Action action, String tenantKey, String detail) {
        entries.save(new OperatorAuditEntry(clock.instant(), operatorUsername, action, tenantKey, detail));
    }

    @Transactional(readOnly = true)
    @RolesAllowed(OperatorAuthentication.ROLE)
    public List<OperatorAuditEntry> latest(int max) {
        return entries.findAllByOrderByAtDesc(PageRequest.of(0, Math.max(1, Math.min(max, 1000))));
    }

    @Transactional(readOnly = true)
    @RolesAllowed(OperatorAuthentication.ROLE)
    public List<OperatorAuditEntry> forTenant(String tenantKey) {
        return entries.findByTenantKeyOrderByAtDesc(tenantKey);
    }
}
