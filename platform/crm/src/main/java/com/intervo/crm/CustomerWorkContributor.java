package com.intervo.crm;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Extension point of the customer page: a module (workshop sheets, field-service tickets) shows the customer's
 * work with it — totals, the latest items, and where to start a new one. Called with the customer's tenant
 * bound; a contributor of a product module returns nothing when its tenant is not licensed for it or the user
 * may not see that work.
 */
public interface CustomerWorkContributor {

    /**
     * @param customerId whose work
     * @param latest     at most this many items in {@link CustomerWork#latest()}, newest first
     * @param locale     the language of status labels
     */
    Optional<CustomerWork> work(UUID customerId, int latest, Locale locale);
}
