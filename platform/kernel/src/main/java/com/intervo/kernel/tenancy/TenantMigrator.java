package com.intervo.kernel.tenancy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Runs the tenant changelog against one tenant schema. The changelog ({@link TenantChangelog}) includes the
 * platform's changesets, then every module's in dependency order, so every tenant has every module's tables.
 */
@Component
public class TenantMigrator {

    public static final String TENANT_CHANGELOG = TenantChangelog.MASTER;
    private static final String TENANT_CHANGELOG_FILES = "classpath*:db/changelog/tenant/**/*.*";

    private final DataSource dataSource;
    private final ResourceLoader resourceLoader;
    private final TenantChangelog changelog;
    private volatile String changelogHash;

    TenantMigrator(DataSource dataSource, ResourceLoader resourceLoader, TenantChangelog changelog) {
        this.dataSource = dataSource;
        this.resourceLoader = resourceLoader;
        this.changelog = changelog;
    }

    /** Creates the schema if needed and applies every pending changeset. */
    public void migrate(TenantId tenant) {
        String schema = tenant.schema();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            }
            // raw <sql> changesets rely on search_path
            connection.setSchema(schema);
            Database database = null;
            try {
                database =
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                database.setDefaultSchemaName(schema);
                database.setLiquibaseSchemaName(schema);
                Database target = database;
                Scope.child(
                        Map.of(
                                Scope.Attr.resourceAccessor.name(),
                                changelog.resourceAccessor(resourceLoader),
                                "liquibase.analytics.enabled",
                                false),
                        () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, target)
                                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, TENANT_CHANGELOG)
                                .execute());
            } finally {
                if (database != null) {
                    // Liquibase keeps a history service per Database for the life of the JVM otherwise
                    Scope.getCurrentScope()
                            .getSingleton(ChangeLogHistoryServiceFactory.class)
                            .resetDatabase(database);
                }
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                connection.setSchema(TenantSchemas.NO_TENANT);
            }
        } catch (Exception e) {
            throw new TenantMigrationException(tenant, e);
        }
    }

    /** Drops a tenant's schema: only for undoing a failed provisioning. */
    void dropSchema(TenantId tenant) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + tenant.schema() + " CASCADE");
        } catch (SQLException e) {
            throw new TenantMigrationException(tenant, e);
        }
    }

    /**
     * A hash over every tenant changelog file on the classpath: a tenant whose stored hash matches is up to
     * date, so start-up does not grow with the tenant count.
     */
    public String changelogHash() {
        String hash = changelogHash;
        if (hash == null) {
            hash = computeHash();
            changelogHash = hash;
        }
        return hash;
    }

    private String computeHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(resourceLoader);
            digest.update(changelog.masterXml().getBytes(StandardCharsets.UTF_8));
            Resource[] files = resolver.getResources(TENANT_CHANGELOG_FILES);
            Arrays.sort(files, Comparator.comparing(TenantMigrator::relativePath));
            for (Resource file : files) {
                if (file.isReadable()) {
                    digest(digest, relativePath(file), file);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash the tenant changelog", e);
        }
    }

    private static String relativePath(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int i = url.indexOf("db/changelog/tenant/");
            return i >= 0 ? url.substring(i) : url;
        } catch (IOException e) {
            return String.valueOf(resource.getFilename());
        }
    }

    private static void digest(MessageDigest digest, String name, Resource resource) throws IOException {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        try (InputStream in = resource.getInputStream()) {
            digest.update(in.readAllBytes());
        }
    }

    public static class TenantMigrationException extends RuntimeException {
        TenantMigrationException(TenantId tenant, Throwable cause) {
            super("Migration of tenant " + tenant.key() + " failed: " + cause.getMessage(), cause);
        }
    }
}
