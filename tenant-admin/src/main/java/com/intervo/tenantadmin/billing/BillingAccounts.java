package com.intervo.tenantadmin.billing;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BillingAccounts extends JpaRepository<BillingAccount, UUID> {

    Optional<BillingAccount> findByTenantId(UUID tenantId);

    /** Webhooks of one workspace are applied one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from BillingAccount a where a.tenantId = :tenantId")
    Optional<BillingAccount> lockByTenantId(@Param("tenantId") UUID tenantId);

    Optional<BillingAccount> findByStripeCustomerId(String customerId);

    Optional<BillingAccount> findByStripeSubscriptionId(String subscriptionId);

    List<BillingAccount> findByStatusAndGraceUntilBefore(BillingAccount.Status status, Instant now);

    /** Records a Stripe event; 0 when it was recorded before (a retried or duplicated delivery). */
    @Modifying
    @Query(value = """
            insert into platform.stripe_event (event_id, event_type, stripe_created, received_at, tenant_id)
            values (:id, :type, :created, :received, :tenant) on conflict (event_id) do nothing""", nativeQuery = true)
    int recordEvent(
            @Param("id") String id,
            @Param("type") String type,
            @Param("created") Instant created,
            @Param("received") Instant received,
            @Param("tenant") UUID tenant);
}
