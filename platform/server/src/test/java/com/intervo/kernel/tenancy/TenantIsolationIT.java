package com.intervo.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.UserAccount;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@TenantIntegrationTest
class TenantIsolationIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    UserDirectory users;

    @Autowired
    UserAccounts accounts;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ReadOnlyTenants readOnlyTenants;

    @Autowired
    TenantAccess tenantAccess;

    TenantId a;
    TenantId b;

    @BeforeEach
    void tenants() {
        a = fixtures.newTenant();
        b = fixtures.newTenant();
        TenantContext.runAs(
                a,
                () -> users.create(
                        "alice", "Alice A", "alice@a.example", "secret-pass-1", Set.of(Role.DISPATCHER), false));
    }

    @Test
    void tenantBCannotReadTenantAThroughRepositories() {
        Optional<UserAccount> inA = TenantContext.callAs(a, () -> tx.execute(s -> accounts.findByUsername("alice")));
        Optional<UserAccount> inB = TenantContext.callAs(b, () -> tx.execute(s -> accounts.findByUsername("alice")));
        List<UserAccount> allOfB = TenantContext.callAs(b, () -> tx.execute(s -> accounts.findAll()));
        assertThat(inA).isPresent();
        assertThat(inB).isEmpty();
        assertThat(allOfB)
                .extracting(UserAccount::getUsername)
                .doesNotContain("alice")
                .hasSize(4);
    }

    @Test
    void tenantBCannotReadTenantAThroughNativeSql() {
        Number inA = TenantContext.callAs(
                a,
                () -> tx.execute(s -> (Number) entityManager
                        .createNativeQuery("select count(*) from app_user where username = 'alice'")
                        .getSingleResult()));
        Number inB = TenantContext.callAs(
                b,
                () -> tx.execute(s -> (Number) entityManager
                        .createNativeQuery("select count(*) from app_user where username = 'alice'")
                        .getSingleResult()));
        Integer viaJdbcInA = TenantContext.callAs(
                a,
                () -> tx.execute(s ->
                        jdbc.queryForObject("select count(*) from app_user where username = 'alice'", Integer.class)));
        Integer viaJdbcInB = TenantContext.callAs(
                b,
                () -> tx.execute(s ->
                        jdbc.queryForObject("select count(*) from app_user where username = 'alice'", Integer.class)));
        assertThat(inA.intValue()).isEqualTo(1);
        assertThat(inB.intValue()).isZero();
        // the owner sees its row through JdbcTemplate too, so the zero in B is not a query that finds nothing anywhere
        assertThat(viaJdbcInA).isEqualTo(1);
        assertThat(viaJdbcInB).isZero();
    }

    @Test
    void tenantBCannotReadTenantAThroughJpql() {
        String jpql = "select u from UserAccount u where u.username = 'alice'";
        List<UserAccount> inA = TenantContext.callAs(
                a,
                () -> tx.execute(
                        s -> entityManager.createQuery(jpql, UserAccount.class).getResultList()));
        List<UserAccount> inB = TenantContext.callAs(
                b,
                () -> tx.execute(
                        s -> entityManager.createQuery(jpql, UserAccount.class).getResultList()));
        Long allInB = TenantContext.callAs(
                b,
                () -> tx.execute(s -> entityManager
                        .createQuery("select count(u) from UserAccount u", Long.class)
                        .getSingleResult()));
        assertThat(inA).singleElement().extracting(UserAccount::getEmail).isEqualTo("alice@a.example");
        assertThat(inB).isEmpty();
        assertThat(allInB).isEqualTo(4L);
    }

    @Test
    void aThreadWithNoTenantSeesNoTenantTable() {
        assertThat(TenantContext.current()).isEmpty();
        assertThatThrownBy(() -> tx.execute(s -> accounts.findByUsername("alice")))
                .rootCause()
                .hasMessageContaining("relation \"app_user\" does not exist");
        assertThatThrownBy(() -> jdbc.queryForObject("select count(*) from app_user", Integer.class))
                .rootCause()
                .hasMessageContaining("relation \"app_user\" does not exist");
    }

    /**
     * A pool of one connection without Hikari's own schema reset, handed to our provider exactly as the application
     * builds it: whatever a read-only workspace's request left on the connection, only the provider's reset can
     * take away before the next workspace gets the same backend.
     */
    @Test
    void theProviderResetsSchemaAndReadOnlyOnTheConnectionItReturns() throws Exception {
        try (HikariDataSource single = onePooledConnection()) {
            MultiTenantConnectionProvider<String> provider = providerOver(single);
            int backend;
            String readOnlyBefore;
            try (Connection raw = single.getConnection()) {
                backend = backendOf(raw);
                readOnlyBefore = setting(raw, "default_transaction_read_only");
            }
            assertThat(readOnlyBefore).isEqualTo("off");

            tenantAccess.setReadOnly(a, true);
            try {
                Connection connection = provider.getConnection(a.key());
                try {
                    assertThat(backendOf(connection)).isEqualTo(backend);
                    assertThat(count(connection, "select count(*) from app_user where username = 'alice'"))
                            .isEqualTo(1);
                    assertThatThrownBy(() -> update(
                                    connection,
                                    "update app_user set display_name = 'Changed' where username = 'alice'"))
                            .hasMessageContaining("read-only transaction");
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                } finally {
                    provider.releaseConnection(a.key(), connection);
                }
            } finally {
                tenantAccess.setReadOnly(a, false);
            }

            Connection connection = provider.getConnection(b.key());
            try {
                assertThat(backendOf(connection)).isEqualTo(backend);
                assertThat(update(connection, "update app_user set display_name = 'Admin B' where username = 'admin'"))
                        .isEqualTo(1);
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            } finally {
                provider.releaseConnection(b.key(), connection);
            }
            assertThat(TenantContext.callAs(b, () -> tx.execute(s -> accounts.findByUsername("admin")))
                            .orElseThrow()
                            .getDisplayName())
                    .isEqualTo("Admin B");

            try (Connection raw = single.getConnection()) {
                assertThat(backendOf(raw)).isEqualTo(backend);
                assertThat(setting(raw, "search_path")).isEqualTo(TenantSchemas.NO_TENANT);
                assertThat(setting(raw, "default_transaction_read_only")).isEqualTo(readOnlyBefore);
                try (Statement st = raw.createStatement();
                        ResultSet rs = st.executeQuery("select current_schemas(false)::text")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("{}");
                }
            }
        }
    }

    /**
     * The same statement, prepared on the server, used by two workspaces in turn on one connection: each reads its
     * own rows, and the statement stays prepared across the switches (PgJDBC drops all of them on a
     * {@code SET search_path}, which made PostgreSQL plan every query of every transaction again).
     */
    @Test
    void aStatementPreparedInOneWorkspaceReadsTheOtherWorkspacesRowsAfterTheSwitch() throws Exception {
        try (HikariDataSource single = onePooledConnection()) {
            MultiTenantConnectionProvider<String> provider = providerOver(single);
            String sql = "select count(*) from app_user where username = ?";
            for (int i = 0; i < 24; i++) {
                TenantId tenant = i % 2 == 0 ? a : b;
                Connection connection = provider.getConnection(tenant.key());
                try (var statement = connection.prepareStatement(sql)) {
                    statement.setString(1, "alice");
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        assertThat(rs.getInt(1)).as("round %d in %s", i, tenant).isEqualTo(tenant == a ? 1 : 0);
                    }
                } finally {
                    provider.releaseConnection(tenant.key(), connection);
                }
            }
            try (Connection raw = single.getConnection()) {
                assertThat(count(
                                raw,
                                "select count(*) from pg_prepared_statements where statement = "
                                        + "'select count(*) from app_user where username = $1'"))
                        .isEqualTo(1);
                assertThat(setting(raw, "search_path")).isEqualTo(TenantSchemas.NO_TENANT);
            }
        }
    }

    /** A pool of one connection to the application's database, like the application's but without its reset. */
    private HikariDataSource onePooledConnection() throws Exception {
        HikariDataSource app = dataSource.unwrap(HikariDataSource.class);
        HikariDataSource single = new HikariDataSource();
        single.setJdbcUrl(app.getJdbcUrl());
        single.setUsername(app.getUsername());
        single.setPassword(app.getPassword());
        single.setMaximumPoolSize(1);
        single.setAutoCommit(app.isAutoCommit());
        single.setPoolName("one-connection");
        return single;
    }

    /** The tenancy provider exactly as the application builds it, over the given pool. */
    @SuppressWarnings("unchecked")
    private MultiTenantConnectionProvider<String> providerOver(HikariDataSource pool) {
        Map<String, Object> hibernate = new HashMap<>();
        new TenancyConfiguration().schemaPerTenant(pool, readOnlyTenants).customize(hibernate);
        return (MultiTenantConnectionProvider<String>)
                hibernate.get(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER);
    }

    private static int backendOf(Connection connection) throws Exception {
        return count(connection, "select pg_backend_pid()");
    }

    private static String setting(Connection connection, String name) throws Exception {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int count(Connection connection, String sql) throws Exception {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int update(Connection connection, String sql) throws Exception {
        try (Statement st = connection.createStatement()) {
            return st.executeUpdate(sql);
        }
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
                        ResultSet rs = st.executeQuery(
                                "select current_schemas(false)::text, current_setting('search_path')")) {
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
