package com.intervo.testsupport;

import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a piece of a test in a workspace as one of its standard users ("admin", "dispatcher", …) or as nobody (the
 * system: jobs, listeners), then puts back whoever was signed in on this thread before:
 * {@code import static com.intervo.testsupport.ActingAs.as;} … {@code as(tenant, "dispatcher", () -> sheets.intake(…))}.
 * It signs users in through the test context's {@link TenantFixtures} (one Spring context per test JVM).
 */
public final class ActingAs {

    private static volatile TenantFixtures fixtures;

    private ActingAs() {}

    /** Called by the context's {@link TenantFixtures} when it is created. */
    static void use(TenantFixtures current) {
        fixtures = current;
    }

    /** The work's result, computed with the tenant bound and the user signed in. */
    public static <T> T as(TenantId tenant, String username, Supplier<T> work) {
        if (fixtures == null) {
            throw new IllegalStateException("ActingAs needs a @TenantIntegrationTest context");
        }
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            fixtures.signIn(tenant, username);
            return TenantContext.callAs(tenant, work);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** The work's result, computed with the tenant bound and nobody signed in, as a job or a listener runs. */
    public static <T> T asNobody(TenantId tenant, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return TenantContext.callAs(tenant, work);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
