package com.intervo.kernel.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * One pool for all tenants: the schema is set when Hibernate takes a connection and reset to a schema that
 * does not exist when it gives it back, so a pooled connection never keeps a tenant's schema. A read-only
 * workspace's connection refuses every write for as long as it is checked out.
 *
 * <p>The schema is switched with {@code set_config('search_path', …)}, not {@link Connection#setSchema}: PgJDBC
 * drops every server-prepared statement of a connection when it runs a {@code SET search_path} with a new value,
 * so switching between a workspace and {@code no_tenant} made PostgreSQL parse and plan every query of every
 * transaction again (most of its CPU on a ticket read). PostgreSQL itself re-plans a cached statement whose
 * search path differs from the one it was planned under, so a statement prepared in one workspace never reads
 * another's tables.
 */
class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    private final transient DataSource dataSource;
    private final transient ReadOnlyTenants readOnly;
    private final transient Set<Connection> guarded = ConcurrentHashMap.newKeySet();

    SchemaPerTenantConnectionProvider(DataSource dataSource, ReadOnlyTenants readOnly) {
        this.dataSource = dataSource;
        this.readOnly = readOnly;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            useSchema(connection, TenantSchemas.NO_TENANT);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        reset(connection);
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        String schema = TenantSchemas.schemaFor(tenantIdentifier);
        Connection connection = dataSource.getConnection();
        try {
            useSchema(connection, schema);
            if (readOnly.refusesWrites(tenantIdentifier)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET SESSION default_transaction_read_only = on");
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                guarded.add(connection);
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        reset(connection);
    }

    private void reset(Connection connection) throws SQLException {
        try {
            if (guarded.remove(connection)) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("RESET default_transaction_read_only");
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            }
            useSchema(connection, TenantSchemas.NO_TENANT);
        } finally {
            connection.close();
        }
    }

    /**
     * Sets the session's search path outside any transaction: inside one, a rollback would take the setting back.
     * Work still pending on a connection handed back is abandoned (the pool would roll it back too).
     */
    private static void useSchema(Connection connection, String schema) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
            connection.rollback();
        }
        try (PreparedStatement statement = connection.prepareStatement("select set_config('search_path', ?, false)")) {
            statement.setString(1, schema);
            statement.execute();
        }
        if (!autoCommit) {
            connection.commit();
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean handlesConnectionSchema() {
        return true;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        return unwrapType.cast(this);
    }
}
