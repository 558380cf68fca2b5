package com.intervo.benchmarks;

import com.intervo.kernel.tenancy.TenantChangelog;
import com.intervo.kernel.tenancy.TenantMigrator;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.integration.spring.SpringResourceAccessor;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ResourceLoader;

/**
 * The tenant schema without Liquibase: the SQL of every changeset of the tenant changelog, in changelog order
 * (read once, before timing), run against a new schema in one transaction.
 */
final class PlainDdl {

    /** One changeset's SQL: the formatted-SQL body without the {@code --liquibase} / {@code --changeset} lines. */
    record Script(String changeSet, String sql) {}

    private PlainDdl() {}

    /** Parses the tenant changelog exactly as TenantMigrator's Liquibase run does (same resource accessor). */
    static DatabaseChangeLog parse(ApplicationContext context) throws Exception {
        return parse(context.getBean(TenantChangelog.class).resourceAccessor(context), TenantMigrator.TENANT_CHANGELOG);
    }

    static DatabaseChangeLog parse(ResourceLoader resourceLoader, String file) throws Exception {
        return parse(new SpringResourceAccessor(resourceLoader), file);
    }

    private static DatabaseChangeLog parse(ResourceAccessor accessor, String file) throws Exception {
        return Scope.child(
                Map.of(Scope.Attr.resourceAccessor.name(), accessor, "liquibase.analytics.enabled", false),
                () -> ChangeLogParserFactory.getInstance()
                        .getParser(file, accessor)
                        .parse(file, new ChangeLogParameters(), accessor));
    }

    static List<Script> scripts(ApplicationContext context) throws Exception {
        List<Script> scripts = new ArrayList<>();
        for (ChangeSet changeSet : parse(context).getChangeSets()) {
            for (Change change : changeSet.getChanges()) {
                if (!(change instanceof AbstractSQLChange sql)) {
                    throw new IllegalStateException("Changeset " + changeSet + " has a "
                            + change.getClass().getName() + ": the plain-DDL comparison only knows SQL changesets");
                }
                scripts.add(new Script(
                        changeSet.getFilePath() + "::" + changeSet.getId(), stripLiquibaseLines(sql.getSql())));
            }
        }
        return scripts;
    }

    private static String stripLiquibaseLines(String sql) {
        StringBuilder out = new StringBuilder();
        for (String line : sql.split("\n")) {
            String t = line.trim().toLowerCase();
            if (!t.startsWith("--liquibase") && !t.startsWith("--changeset") && !t.startsWith("--rollback")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** CREATE SCHEMA plus every script, search_path set to the schema, committed once. */
    static void create(Connection c, String schema, List<Script> scripts) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
            st.execute("SET LOCAL search_path TO " + schema);
            for (Script script : scripts) {
                st.execute(script.sql());
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Tables, indexes, constraints and columns of a schema, Liquibase's own two tables excluded. */
    static String shape(Connection c, String schema) throws SQLException {
        String s = "'" + schema + "'";
        return "tables="
                + Db.number(
                        c,
                        "SELECT count(*) FROM pg_tables WHERE schemaname = " + s
                                + " AND tablename NOT LIKE 'databasechangelog%'")
                + " indexes="
                + Db.number(
                        c,
                        "SELECT count(*) FROM pg_indexes WHERE schemaname = " + s
                                + " AND tablename NOT LIKE 'databasechangelog%'")
                + " constraints="
                + Db.number(
                        c,
                        "SELECT count(*) FROM information_schema.table_constraints " + "WHERE constraint_schema = " + s
                                + " AND table_name NOT LIKE 'databasechangelog%'")
                + " columns="
                + Db.number(
                        c,
                        "SELECT count(*) FROM information_schema.columns WHERE table_schema = " + s
                                + " AND table_name NOT LIKE 'databasechangelog%'");
    }
}
