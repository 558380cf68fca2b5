package com.intervo.kernel.tenancy;

import java.sql.Connection;
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
        connection.setSchema(TenantSchemas.NO_TENANT);
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
            connection.setSchema(schema);
            if (readOnly.refusesWrites(tenantIdentifier)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET SESSION default_transaction_read_only = on");
                }
                guarded.add(connection);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
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
            connection.setSchema(TenantSchemas.NO_TENANT);
        } finally {
            connection.close();
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
