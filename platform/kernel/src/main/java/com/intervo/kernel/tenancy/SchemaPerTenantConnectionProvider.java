package com.intervo.kernel.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * One pool for all tenants: the schema is set when Hibernate takes a connection and reset to a schema that
 * does not exist when it gives it back, so a pooled connection never keeps a tenant's schema.
 */
class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    private final transient DataSource dataSource;

    SchemaPerTenantConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
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

    private static void reset(Connection connection) throws SQLException {
        try {
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
