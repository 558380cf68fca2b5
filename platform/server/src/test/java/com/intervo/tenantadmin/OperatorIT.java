package com.intervo.tenantadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.OperatorAuditEntry;
import com.intervo.kernel.identity.OperatorAuditEntry.Action;
import com.intervo.kernel.identity.OperatorAuditLog;
import com.intervo.kernel.identity.OperatorAuthentication;
import com.intervo.kernel.identity.OperatorSignIn;
import com.intervo.kernel.identity.PlatformOperator;
import com.intervo.kernel.identity.SignInService;
import com.intervo.kernel.licensing.Entitlement;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.TenantPrincipal;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The operator console's services: sign-in and lockout, the actions, their audit rows, and who may call them. */
@TenantIntegrationTest
class OperatorIT {

    @Autowired
    OperatorSignIn operators;

    @Autowired
    OperatorConsoleService console;

    @Autowired
    OperatorAuditLog audit;

    @Autowired
    SignInService signIn;

    @Autowired
    Licenses licenses;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    TenantFixtures fixtures;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private PlatformOperator asOperator() {
        PlatformOperator operator =
                operators.authenticate(WithOperatorFactory.BOOTSTRAP_USER, WithOperatorFactory.BOOTSTRAP_PASSWORD);
        SecurityContextHolder.getContext().setAuthentication(new OperatorAuthentication(operator));
        return operator;
    }

    private List<Action> actionsOn(TenantId tenant) {
        return audit.forTenant(tenant.key()).stream()
                .map(OperatorAuditEntry::getAction)
                .toList();
    }

    @Test
    void theBootstrapOperatorExistsAndIsNoTenantPrincipal() {
        PlatformOperator operator = asOperator();
        assertThat(operator.username()).isEqualTo("operator");
        assertThat((Object) operator).isNotInstanceOf(TenantPrincipal.class);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_OPERATOR");
        assertThat(audit.latest(50))
                .anyMatch(e -> e.getAction() == Action.SIGN_IN
                        && e.getOperatorUsername().equals("operator"));
    }

    @Test
    void failuresAreGenericAndFiveInARowLockTheOperator() {
        asOperator();
        String name = "op" + ThreadLocalRandom.current().nextInt(1_000_000);
        operators.create(name, "Second operator", "correct-horse-1");
        SecurityContextHolder.clearContext();
        assertThat(operators.authenticate(name, "correct-horse-1").username()).isEqualTo(name);

        assertThatThrownBy(() -> operators.authenticate("nobody-" + name, "whatever"))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("operator.login.failed");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> operators.authenticate(name, "wrong-password"))
                    .isInstanceOf(BadCredentialsException.class)
                    .hasMessage("operator.login.failed");
        }
        assertThatThrownBy(() -> operators.authenticate(name, "correct-horse-1"))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("operator.login.failed");
    }

    @Test
    void aWorkspaceUserCannotCreateAnOperator() {
        TenantId tenant = fixtures.newTenant();
        fixtures.signIn(tenant, "admin");
        assertThatThrownBy(() -> operators.create("sneaky", "Sneaky", "long-password"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSuspendedWorkspaceCannotSignInUntilRestored() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        IntervoUser admin = signIn.authenticate(tenant.key(), "admin", TenantFixtures.PASSWORD);
        assertThat(admin.tenant()).isEqualTo(tenant);

        asOperator();
        console.suspend(tenant);
        assertThat(tenants.findActive(tenant.key())).isEmpty();
        assertThatThrownBy(() -> signIn.authenticate(tenant.key(), "admin", TenantFixtures.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(licenses.isLicensed(tenant, ModuleKey.WORKSHOP_SIMPLE)).isFalse();

        console.restore(tenant);
        assertThat(signIn.authenticate(tenant.key(), "admin", TenantFixtures.PASSWORD)
                        .tenant())
                .isEqualTo(tenant);
        assertThat(licenses.isLicensed(tenant, ModuleKey.WORKSHOP_SIMPLE)).isTrue();
        assertThat(actionsOn(tenant)).containsExactly(Action.RESTORE_TENANT, Action.SUSPEND_TENANT);
        assertThatThrownBy(() -> console.restore(tenant)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void extendingTheTrialMovesEveryTrialEndByTheDays() {
        TenantId tenant = fixtures.newTenant(ModuleKey.DISPATCH);
        Instant from = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant until = from.plus(Duration.ofDays(14));
        licenses.grant(tenant, ModuleKey.STOCK, from, until, Entitlement.Source.TRIAL);

        asOperator();
        assertThat(console.extendTrial(tenant, 10)).isEqualTo(1);

        var stock = licenses.licenses(tenant).stream()
                .filter(l -> l.module() == ModuleKey.STOCK)
                .findFirst()
                .orElseThrow();
        assertThat(stock.validUntil()).isEqualTo(until.plus(Duration.ofDays(10)));
        var dispatch = licenses.licenses(tenant).stream()
                .filter(l -> l.module() == ModuleKey.DISPATCH)
                .findFirst()
                .orElseThrow();
        assertThat(dispatch.validUntil()).isNull();
        assertThat(audit.forTenant(tenant.key())).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(Action.EXTEND_TRIAL);
            assertThat(e.getOperatorUsername()).isEqualTo("operator");
            assertThat(e.getDetail()).contains("10 days");
        });
    }

    @Test
    void aModuleGrantedByHandIsLicensedAndShownWithItsSource() {
        TenantId tenant = fixtures.newTenant();
        assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isFalse();

        asOperator();
        console.grantModule(tenant, ModuleKey.DISPATCH, null);

        assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isTrue();
        assertThat(actionsOn(tenant)).containsExactly(Action.GRANT_MODULE);
        Tenant row = console.tenants().stream()
                .filter(t -> t.getKey().equals(tenant.key()))
                .findFirst()
                .orElseThrow();
        OperatorConsoleService.TenantOverview overview = console.overview(row);
        assertThat(overview.modules()).contains(ModuleKey.DISPATCH);
        assertThat(overview.sources()).containsExactly(Entitlement.Source.MANUAL);
        assertThat(overview.users()).isEqualTo(4L);
        assertThat(overview.storageBytes()).isPositive();
        assertThat(overview.status()).isEqualTo(Tenant.Status.ACTIVE);
    }

    @Test
    void nobodyButAnOperatorCallsTheConsole() {
        TenantId tenant = fixtures.newTenant();
        fixtures.signIn(tenant, "dispatcher");
        assertThatThrownBy(() -> console.tenants()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> console.suspend(tenant)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(tenant, "admin");
        assertThatThrownBy(() -> console.grantModule(tenant, ModuleKey.DISPATCH, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.latest(10)).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> console.extendTrial(tenant, 5))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(tenants.findActive(tenant.key())).isPresent();
        assertThat(licenses.isLicensed(tenant, ModuleKey.DISPATCH)).isFalse();
    }
}
