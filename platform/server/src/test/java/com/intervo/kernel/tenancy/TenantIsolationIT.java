package com.intervo.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.UserAccounts;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.intervo.kernel.identity.UserAccount;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@TenantIntegrationTest
class TenantIsolationIT {

    @Autowired TenantFixtures fixtures;
    @Autowired UserDirectory users;
    @Autowired UserAccounts accounts;
    @Autowired EntityManager entityManager;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    TenantId a;
    TenantId b;

    @BeforeEach
    void tenants() {
        a = fixtures.newTenant();
        b = fixtures.newTenant();
        TenantContext.runAs(a, () -> users.create("alice", "Alice A", "alice@a.example", "secret-pass-1",
                Set.of(Role.DISPATCHER), false));
    }

    @Test
    void tenantBCannotReadTenantAThroughRepositories() {
        Optional<UserAccount> inA = TenantContext.callAs(a, () -> tx.execute(s -> accounts.findByUsername("alice")));
        Optional<UserAccount> inB = TenantContext.callAs(b, () -> tx.execute(s -> accounts.findByUsername("alice")));
        List<UserAccount> allOfB = TenantContext.callAs(b, () -> tx.execute(s -> accounts.findAll()));
        assertThat(inA).isPresent();
        assertThat(inB).isEmpty();
        assertThat(allOfB).extracting(UserAccount::getUsername).doesNotContain("alice").hasSize(4);
    }

    @Test
    void tenantBCannotReadTenantAThroughNativeSql() {
        Number inA = TenantContext.callAs(a, () -> tx.execute(s -> (Number) entityManager
                .createNativeQuery("select count(*) from app_user where username = 'alice'").getSingleResult()));
        Number inB = TenantContext.callAs(b, () -> tx.execute(s -> (Number) entityManager
                .createNativeQuery("select count(*) from app_user where username = 'alice'").getSingleResult()));
        Integer viaJdbcInB = TenantContext.callAs(b, () -> tx.execute(s ->
                jdbc.queryForObject("select count(*) from app_user where username = 'alice'", Integer.class)));
        assertThat(inA.intValue()).isEqualTo(1);
        assertThat(inB.intValue()).isZero();
        assertThat(viaJdbcInB).isZero();
    }

    @Test
    void aThreadWithNoTenantSeesNoTenantTable() {
        assertThat(TenantContext.current()).isEmpty();
        assertThatThrownBy(() -> tx.execute(s -> accounts.findByUsername("alice")))
                .rootCause().hasMessageContaining("relation \"app_user\" does not exist");
        assertThatThrownBy(() -> jdbc.queryForObject("select count(*) from app_user", Integer.class))
                .rootCause().hasMessageContaining("relation \"app_user\" does not exist");
    }

    @Test
    void pooledConnectionsDoNotKeepATenantSchema() throws Exception {
        for (int i = 0; i < 30; i++) {
            TenantId tenant = i % 2 == 0 ? a : b;
            TenantContext.runAs(tenant, () -> tx.execute(s -> accounts.count()));
        }
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        int size = pool.getHikariPoolMXBean().getTotalConnections();
        List<Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                borrowed.add(dataSource.getConnection());
            }
            for (Connection connection : borrowed) {
                try (Statement st = connection.createStatement();
                     ResultSet rs = st.executeQuery("select current_schemas(false)::text, current_setting('search_path')")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("{}");
                    assertThat(rs.getString(2)).doesNotContain(a.schema()).doesNotContain(b.schema());
                }
            }
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
    }
}
