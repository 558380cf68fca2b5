package com.intervo.dispatch.push;

import com.intervo.dispatch.InAppMessages;
import com.intervo.dispatch.PushGateway;
import com.intervo.dispatch.TechnicianDevicesService;
import com.intervo.dispatch.TicketAssigned;
import com.intervo.dispatch.TicketUnassigned;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells technicians about their tickets once the change is committed: a message in the app, always, and a push to
 * every phone they registered (off the request thread; tokens the push service rejects are forgotten).
 */
@Component
class TechnicianNotifier {

    private static final Logger log = LoggerFactory.getLogger(TechnicianNotifier.class);

    private final PushGateway push;
    private final TechnicianDevicesService devices;
    private final InAppMessages inApp;
    private final UserDirectory users;
    private final Messages messages;
    private final ExecutorService sender = Executors.newFixedThreadPool(
            2, Thread.ofPlatform().daemon().name("dispatch-push-", 0).factory());

    TechnicianNotifier(
            PushGateway push,
            TechnicianDevicesService devices,
            InAppMessages inApp,
            UserDirectory users,
            Messages messages) {
        this.push = push;
        this.devices = devices;
        this.inApp = inApp;
        this.users = users;
        this.messages = messages;
    }

    @TransactionalEventListener(
            phase = TransactionPhase.AFTER_COMMIT,
            condition = "@licenses.isLicensed(#event.tenant(), 'DISPATCH')")
    void assigned(TicketAssigned event) {
        notify(
                event.tenant(),
                event.technicianId(),
                event.ticketId(),
                "ASSIGNED",
                "dispatch.push.assigned-title",
                "dispatch.push.assigned-body",
                event.number(),
                event.customerName(),
                event.problem());
        if (event.previousTechnicianId() != null
                && !event.previousTechnicianId().equals(event.technicianId())) {
            notify(
                    event.tenant(),
                    event.previousTechnicianId(),
                    event.ticketId(),
                    "UNASSIGNED",
                    "dispatch.push.unassigned-title",
                    "dispatch.push.unassigned-body",
                    event.number(),
                    "",
                    "");
        }
    }

    @TransactionalEventListener(
            phase = TransactionPhase.AFTER_COMMIT,
            condition = "@licenses.isLicensed(#event.tenant(), 'DISPATCH')")
    void unassigned(TicketUnassigned event) {
        notify(
                event.tenant(),
                event.technicianId(),
                event.ticketId(),
                event.cancelled() ? "CANCELLED" : "UNASSIGNED",
                event.cancelled() ? "dispatch.push.cancelled-title" : "dispatch.push.unassigned-title",
                event.cancelled() ? "dispatch.push.cancelled-body" : "dispatch.push.unassigned-body",
                event.number(),
                "",
                "");
    }

    /** Runs on the sender's threads: the committed transaction of the event must not be joined. */
    private void notify(
            TenantId tenant,
            UUID userId,
            UUID ticketId,
            String kind,
            String titleKey,
            String bodyKey,
            String number,
            String customer,
            String problem) {
        sender.submit(() -> deliver(tenant, userId, ticketId, kind, titleKey, bodyKey, number, customer, problem));
    }

    private void deliver(
            TenantId tenant,
            UUID userId,
            UUID ticketId,
            String kind,
            String titleKey,
            String bodyKey,
            String number,
            String customer,
            String problem) {
        try {
            Locale locale = TenantContext.callAs(
                    tenant,
                    () -> users.find(userId)
                            .map(u -> u.getLocale())
                            .filter(l -> l != null)
                            .map(Locale::forLanguageTag)
                            .orElse(Locale.ENGLISH));
            String title = messages.getTranslation(titleKey, locale, number);
            String body = messages.getTranslation(bodyKey, locale, number, customer, abbreviate(problem));
            List<String> tokens = TenantContext.callAs(tenant, () -> {
                inApp.add(userId, ticketId, kind, title, body);
                return devices.tokensOf(userId);
            });
            if (tokens.isEmpty()) {
                log.info("Technician {} of {} has no registered phone: '{}' is in the app only", userId, tenant, title);
                return;
            }
            PushGateway.PushMessage message = new PushGateway.PushMessage(
                    title,
                    body,
                    Map.of(
                            "type",
                            kind,
                            "ticketId",
                            ticketId.toString(),
                            "ticketNumber",
                            number,
                            "workspace",
                            tenant.key()));
            send(tenant, tokens, message);
        } catch (RuntimeException e) {
            log.error("Could not notify technician {} of {} about ticket {}", userId, tenant, number, e);
        }
    }

    private void send(TenantId tenant, List<String> tokens, PushGateway.PushMessage message) {
        try {
            PushGateway.Outcome outcome = push.send(tokens, message);
            if (!outcome.invalidTokens().isEmpty()) {
                int pruned = TenantContext.callAs(tenant, () -> devices.prune(outcome.invalidTokens()));
                log.info("Forgot {} invalid push token(s) of {}", pruned, tenant);
            }
            if (!outcome.failedTokens().isEmpty()) {
                log.warn(
                        "Push to {} device(s) of {} failed after retries",
                        outcome.failedTokens().size(),
                        tenant);
            }
        } catch (RuntimeException e) {
            log.error("Push to {} failed", tenant, e);
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
