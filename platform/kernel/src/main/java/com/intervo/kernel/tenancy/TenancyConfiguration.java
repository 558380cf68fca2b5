package com.intervo.kernel.tenancy;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.integration.spring.Customizer;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
class TenancyConfiguration {

    /** Hibernate does not pick up the provider and resolver by itself: hand them over explicitly. */
    @Bean
    ReadOnlyTenants readOnlyTenants() {
        return new ReadOnlyTenants();
    }

    @Bean
    HibernatePropertiesCustomizer schemaPerTenant(DataSource dataSource, ReadOnlyTenants readOnlyTenants) {
        return properties -> {
            properties.put(
                    MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER,
                    new SchemaPerTenantConnectionProvider(dataSource, readOnlyTenants));
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new CurrentTenantResolver());
        };
    }

    /** The platform changelog needs its schema before Liquibase looks for its tables. */
    @Bean
    Customizer<Liquibase> createPlatformSchema() {
        return liquibase -> {
            try {
                Connection connection =
                        ((JdbcConnection) liquibase.getDatabase().getConnection()).getUnderlyingConnection();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE SCHEMA IF NOT EXISTS " + TenantSchemas.PLATFORM);
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            } catch (Exception e) {
                throw new IllegalStateException("Cannot create the platform schema", e);
            }
        };
    }
}
