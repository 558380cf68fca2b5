package com.intervo.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port against the JVM's embedded PostgreSQL, with the demo workspaces
 * ("demo", "acme") and billing through the local {@link StripeStub}. Every test class that uses it shares one
 * Spring context; tests create their own tenants
 * with {@link TenantFixtures} so they never see each other's data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "intervo.demo.data=true",
            "intervo.security.lockout=2m",
            "intervo.signup.max-per-address=50",
            // every test calls from loopback; tests of the limit call from an address of their own
            "intervo.security.max-token-failures-per-address=50",
            "intervo.files.dir=${java.io.tmpdir}/intervo-test-files",
            // the read-only list follows cluster signals; no periodic re-read may hide a missing one
            "intervo.tenancy.read-only-refresh=1h",
            // tests run the outbox worker's rounds themselves (deliverDue, poll), never on a timer
            "intervo.mail.outbox.poll-interval=1h"
        })
@ActiveProfiles("demo")
@org.springframework.context.annotation.Import(StatementCounts.Wiring.class)
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, StripeStubInitializer.class})
public @interface TenantIntegrationTest {}
