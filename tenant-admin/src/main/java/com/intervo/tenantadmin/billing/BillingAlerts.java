package com.intervo.tenantadmin.billing;

import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.UserAccount;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.mail.Outbox;
import com.intervo.kernel.mail.OutboxMail;
import com.intervo.kernel.mail.PublicAddresses;
import com.intervo.kernel.notifications.Alert;
import com.intervo.kernel.notifications.Notifier;
import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantAccess;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells a workspace's admins when its billing state changes, in the bell and by e-mail (through the outbox, in each
 * admin's language): a payment failed and until when access stays full, the workspace became read-only, a payment
 * arrived and everything works again. Written after the billing change commits, with the writes a read-only workspace
 * still allows; a failure here is logged and never undoes the billing change.
 */
@Component
class BillingAlerts {

    private static final Logger log = LoggerFactory.getLogger(BillingAlerts.class);

    /** A workspace's billing state moved from one status to another. */
    record StateChanged(
            TenantId tenant, BillingAccount.Status before, BillingAccount.Status after, Instant graceUntil) {}

    private final Notifier notifier;
    private final Outbox outbox;
    private final UserDirectory users;
    private final TenantDirectory tenants;
    private final Messages messages;
    private final TransactionTemplate tx;
    private final String licensesUrl;

    BillingAlerts(
            Notifier notifier,
            Outbox outbox,
            UserDirectory users,
            TenantDirectory tenants,
            Messages messages,
            PlatformTransactionManager transactions,
            PublicAddresses addresses) {
        this.notifier = notifier;
        this.outbox = outbox;
        this.users = users;
        this.tenants = tenants;
        this.messages = messages;
        // its own transaction on the workspace's schema: the billing change's (platform) transaction is over
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.licensesUrl = addresses.publicUrl() + "/admin/licenses";
    }

    /** The alert of a change, or none: only entering past due, read-only, or coming back from them is news. */
    static String kind(BillingAccount.Status before, BillingAccount.Status after) {
        if (before == after) {
            return null;
        }
        return switch (after) {
            case PAST_DUE -> "BILLING_PAST_DUE";
            case READ_ONLY -> "BILLING_READ_ONLY";
            case ACTIVE ->
                before == BillingAccount.Status.PAST_DUE || before == BillingAccount.Status.READ_ONLY
                        ? "BILLING_RESTORED"
                        : null;
            default -> null;
        };
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void stateChanged(StateChanged event) {
        String kind = kind(event.before(), event.after());
        if (kind == null) {
            return;
        }
        try {
            Tenant row = tenants.find(event.tenant()).orElseThrow();
            ZoneId zone = ZoneId.of(row.getTimeZone());
            String key = "billing.alert."
                    + kind.substring("BILLING_".length())
                            .toLowerCase(Locale.ROOT)
                            .replace('_', '-');
            TenantAccess.allowingWrites(() -> TenantContext.runAs(
                    event.tenant(),
                    () -> tx.executeWithoutResult(s -> {
                        List<UserAccount> admins = users.activeWithAnyRole(Set.of(Role.ADMIN));
                        for (UserAccount admin : admins) {
                            Locale locale = Messages.supported(Locale.forLanguageTag(
                                    admin.getLocale() == null ? row.getDefaultLocale() : admin.getLocale()));
                            String until = event.graceUntil() == null
                                    ? ""
                                    : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                            .withLocale(locale)
                                            .withZone(zone)
                                            .format(event.graceUntil());
                            notifier.notifyUsers(
                                    List.of(admin.getId()),
                                    new Alert(kind, key, List.of(until), "admin/licenses", null, null));
                            if (admin.getEmail() != null && Outbox.isAddress(admin.getEmail())) {
                                String subject =
                                        messages.getTranslation(key + ".subject", locale, row.getDisplayName());
                                String text = messages.getTranslation(
                                        key + ".mail",
                                        locale,
                                        admin.getDisplayName(),
                                        row.getDisplayName(),
                                        until,
                                        licensesUrl);
                                outbox.enqueue(new OutboxMail(
                                        admin.getEmail(),
                                        subject,
                                        text,
                                        OutboxMail.textToHtml(text, licensesUrl),
                                        kind,
                                        null,
                                        null,
                                        List.of()));
                            }
                        }
                    })));
            log.info("Workspace {}: admins told of {}", event.tenant(), kind);
        } catch (RuntimeException e) {
            log.warn("Workspace {}: could not tell the admins of {}: {}", event.tenant(), kind, e.toString());
        }
    }
}
