package com.intervo.dispatch.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The scheduled purge of stored API answers, run as the scheduler runs it: only in workspaces licensed for Dispatch. */
@TenantIntegrationTest
class IdempotencyPurgeLicensingIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    Licenses licenses;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdempotencyPurgeJob job;

    private void storeAnswers(TenantId tenant) {
        UUID technician = TenantContext.callAs(
                tenant, () -> users.findByUsername("technician").orElseThrow().getId());
        String insert = "insert into " + tenant.schema() + ".idempotent_request (user_id, idem_key, request_hash,"
                + " status_code, response_body, created_at) values (?, ?, ?, 200, '{}', ?)";
        jdbc.update(
                insert,
                technician,
                "week-old",
                "a".repeat(64),
                Timestamp.from(Instant.now().minus(Duration.ofDays(8))));
        jdbc.update(
                insert,
                technician,
                "recent",
                "b".repeat(64),
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))));
    }

    private List<String> keys(TenantId tenant) {
        return jdbc.queryForList(
                "select idem_key from " + tenant.schema() + ".idempotent_request order by idem_key", String.class);
    }

    @Test
    void thePurgeForgetsOldAnswersOnlyInWorkspacesLicensedForDispatch() {
        TenantId licensed = fixtures.newTenant(ModuleKey.DISPATCH);
        TenantId unlicensed = fixtures.newTenant(ModuleKey.DISPATCH);
        storeAnswers(licensed);
        storeAnswers(unlicensed);
        licenses.revoke(unlicensed, ModuleKey.DISPATCH);

        job.purge();

        assertThat(keys(licensed)).containsExactly("recent");
        assertThat(keys(unlicensed)).containsExactly("recent", "week-old");
    }
}
