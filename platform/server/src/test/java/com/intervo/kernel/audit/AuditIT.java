package com.intervo.kernel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.UserAccount;
import com.intervo.kernel.identity.UserAccounts;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

@TenantIntegrationTest
class AuditIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    UserDirectory users;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void recordsWhoCreatedAndChangedARecordAndWhen() {
        TenantId tenant = fixtures.newTenant();
        UserAccount created = TenantContext.callAs(tenant, () -> users.findByUsername("technician"))
                .orElseThrow();
        assertThat(created.getCreatedBy()).isEqualTo("system");
        assertThat(created.getCreatedAt()).isNotNull();
        assertThat(created.getVersion()).isZero();

        var admin = users.principal(
                        tenant,
                        TenantContext.callAs(tenant, () -> users.findByUsername("admin"))
                                .orElseThrow()
                                .getId())
                .orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(new IntervoAuthentication(admin));
        users.setLanguage(created.getId(), "cs");

        UserAccount changed =
                TenantContext.callAs(tenant, () -> users.find(created.getId())).orElseThrow();
        assertThat(changed.getUpdatedBy()).isEqualTo(tenant.key() + "/admin");
        assertThat(changed.getUpdatedAt()).isAfter(created.getUpdatedAt());
        assertThat(changed.getCreatedBy()).isEqualTo("system");
        assertThat(changed.getVersion()).isEqualTo(1);
        assertThat(changed.getLocale()).isEqualTo("cs");
    }

    @Test
    void aStaleUpdateIsRejected() {
        TenantId tenant = fixtures.newTenant();
        UserAccount first = TenantContext.callAs(tenant, () -> users.findByUsername("dispatcher"))
                .orElseThrow();
        UserAccount second = TenantContext.callAs(tenant, () -> users.findByUsername("dispatcher"))
                .orElseThrow();
        first.setLocale("ro");
        TenantContext.runAs(tenant, () -> tx.executeWithoutResult(s -> accounts.save(first)));
        second.setLocale("ru");
        assertThatThrownBy(() -> TenantContext.runAs(tenant, () -> tx.executeWithoutResult(s -> accounts.save(second))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(TenantContext.callAs(tenant, () -> users.find(first.getId()))
                        .orElseThrow()
                        .getLocale())
                .isEqualTo("ro");
    }
}
