package com.intervo.kernel.search;

import jakarta.persistence.EntityManager;
import java.sql.Statement;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Queries whose best plan depends on their values are planned for the values they get: a search by typed text
 * ({@code search_text like '%' || ? || '%'}), a technician's sync from a cursor (from 0: the technician's index; from
 * a recent cursor: the change index, where the generic plan walked it over the whole table). After five
 * calls of a prepared statement PostgreSQL may settle on a generic plan made without the value, which assumes a
 * middling share of matches and walks the sort order's index filtering every row: for a rare name that is a scan of
 * the whole table where the trigram index finds the few rows at once (the customer search ran at half its speed once
 * statements stayed prepared). Called inside the query's transaction, before it; lasts until the transaction ends.
 * Everything else keeps PostgreSQL's cached plans.
 */
public final class CustomPlans {

    private CustomPlans() {}

    public static void forThisTransaction(EntityManager entityManager) {
        set(entityManager, "force_custom_plan");
    }

    /**
     * Runs the query planned for its values and gives the rest of the transaction PostgreSQL's cached plans back:
     * the rows it found are then read by statements that need no fresh plan (planning the equipment join alone costs
     * ten times its execution).
     */
    public static <T> T around(EntityManager entityManager, Supplier<T> query) {
        set(entityManager, "force_custom_plan");
        try {
            return query.get();
        } finally {
            set(entityManager, "auto");
        }
    }

    private static void set(EntityManager entityManager, String mode) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local plan_cache_mode = " + mode);
            }
        });
    }
}
