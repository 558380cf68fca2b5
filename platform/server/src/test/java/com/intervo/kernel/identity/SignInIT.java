package com.intervo.kernel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;

@TenantIntegrationTest
class SignInIT {

    @Autowired
    SignInService signIn;

    @Autowired
    UserDirectory users;

    @Autowired
    TenantFixtures fixtures;

    @Test
    void signsInWithWorkspaceUserAndPasswordCaseInsensitively() {
        TenantId tenant = fixtures.newTenant();
        IntervoUser user =
                signIn.authenticate(" " + tenant.key().toUpperCase() + " ", "Admin", TenantFixtures.PASSWORD);
        assertThat(user.tenant()).isEqualTo(tenant);
        assertThat(user.roles()).containsExactly(Role.ADMIN);
        assertThat(user.catalogEditor()).isTrue();
        assertThat(TenantContext.callAs(tenant, () -> users.findByUsername("admin"))
                        .orElseThrow()
                        .getLastLoginAt())
                .isNotNull();
    }

    @Test
    void theSameUserNameInAnotherWorkspaceIsAnotherPerson() {
        TenantId a = fixtures.newTenant();
        TenantId b = fixtures.newTenant();
        assertThat(signIn.authenticate(a.key(), "admin", TenantFixtures.PASSWORD)
                        .userId())
                .isNotEqualTo(signIn.authenticate(b.key(), "admin", TenantFixtures.PASSWORD)
                        .userId());
    }

    @Test
    void lockoutAfterFiveFailuresHoldsEvenForTheRightPassword() {
        TenantId tenant = fixtures.newTenant();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn.authenticate(tenant.key(), "manager", "nope"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        // a success resets the counter
        signIn.authenticate(tenant.key(), "manager", TenantFixtures.PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.authenticate(tenant.key(), "manager", "nope"))
                    .isInstanceOf(BadCredentialsException.class)
                    .hasMessage("kernel.login.failed");
        }
        assertThatThrownBy(() -> signIn.authenticate(tenant.key(), "manager", TenantFixtures.PASSWORD))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("kernel.login.failed");
        Instant lockedUntil = TenantContext.callAs(tenant, () -> users.findByUsername("manager"))
                .orElseThrow()
                .getLockedUntil();
        // the test configuration locks for 2 minutes
        assertThat(lockedUntil)
                .isBetween(
                        Instant.now().plus(Duration.ofSeconds(90)),
                        Instant.now().plus(Duration.ofMinutes(3)));
    }

    @Test
    void unknownWorkspaceAndUnknownUserFailTheSameWay() {
        TenantId tenant = fixtures.newTenant();
        assertThatThrownBy(() -> signIn.authenticate("nobody_here", "admin", TenantFixtures.PASSWORD))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("kernel.login.failed");
        assertThatThrownBy(() -> signIn.authenticate(tenant.key(), "ghost", TenantFixtures.PASSWORD))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("kernel.login.failed");
        assertThatThrownBy(() -> signIn.authenticate("DROP SCHEMA", "admin", TenantFixtures.PASSWORD))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("kernel.login.failed");
    }
}
