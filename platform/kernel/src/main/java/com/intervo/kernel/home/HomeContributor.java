package com.intervo.kernel.home;

import com.intervo.kernel.identity.IntervoUser;
import java.util.List;

/**
 * Extension point of Home, the start page: each module adds what waits for the signed-in person today (counts
 * that open the list behind them) and the first steps a new workspace still has to take. Called with the user's
 * tenant bound; a product module's contributor returns nothing when the tenant is not licensed for it, and
 * nothing for roles its work does not concern. Counts, not lists: Home stays cheap however much work there is.
 */
public interface HomeContributor {

    /** What needs the user today. */
    default List<WorkCount> workToday(IntervoUser user) {
        return List.of();
    }

    /** Getting-started steps, done or not; shown to whoever may take them while any is open. */
    default List<SetupStep> setupSteps(IntervoUser user) {
        return List.of();
    }
}
