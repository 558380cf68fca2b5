package com.intervo.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Optional ({@code --synthetic-tables=20}): a tenant schema the size the product is heading for, so the numbers
 * are not only those of today's two tables. Generates a formatted-SQL changelog (one changeset per table, per
 * index and per foreign key) in {@code db/changelog/tenant/synthetic/}, and the benchmark runs itself again with
 * that directory on the class path (Spring Boot's PropertiesLauncher, {@code loader.path}), where
 * {@link BenchmarkApplication} adds it to the tenant changelog as a part of its own; nothing in the project
 * changes.
 */
final class SyntheticChangelog {

    /** The folder of the synthetic changelog; no module ships one of that name. */
    static final String SLOT = "synthetic";

    private static final List<String> SLOTS = List.of(SLOT);

    record Layout(Path root, String slot, int tables, int indexes, int foreignKeys) {
        int changeSets() {
            return tables + indexes + foreignKeys;
        }

        String describe() {
            return String.format(
                    Locale.ROOT,
                    "%d tables, %d indexes, %d foreign keys = %d changesets in slot '%s'",
                    tables,
                    indexes,
                    foreignKeys,
                    changeSets(),
                    slot);
        }
    }

    private SyntheticChangelog() {}

    static String freeSlot(ClassLoader loader) {
        for (String slot : SLOTS) {
            if (loader.getResource("db/changelog/tenant/" + slot + "/changelog.xml") == null) {
                return slot;
            }
        }
        throw new IllegalStateException("A module ships db/changelog/tenant/synthetic: no room for a synthetic one");
    }

    /**
     * {@code tables} tables of 12 columns; every table but the first references the one before it, the first two
     * also reference app_user; one index per table plus a second one on every other table.
     */
    static Layout write(Path root, String slot, int tables) throws IOException {
        Path dir = root.resolve("db/changelog/tenant/" + slot);
        Files.createDirectories(dir);
        StringBuilder sql = new StringBuilder("--liquibase formatted sql\n\n");
        int indexes = 0;
        int fks = 0;
        for (int t = 1; t <= tables; t++) {
            sql.append(String.format(Locale.ROOT, """
                    --changeset benchmark:synthetic-table-%1$02d
                    CREATE TABLE syn_%1$02d (
                        id          uuid          NOT NULL PRIMARY KEY,
                        version     bigint        NOT NULL,
                        created_at  timestamptz   NOT NULL,
                        created_by  varchar(200)  NOT NULL,
                        updated_at  timestamptz   NOT NULL,
                        updated_by  varchar(200)  NOT NULL,
                        parent_id   uuid,
                        owner_id    uuid,
                        code        varchar(40)   NOT NULL,
                        name        varchar(200)  NOT NULL,
                        amount      numeric(12,2) NOT NULL DEFAULT 0,
                        status      varchar(20)   NOT NULL,
                        CONSTRAINT syn_%1$02d_status_ck CHECK (status IN ('OPEN', 'DONE', 'CANCELLED'))
                    );

                    """, t));
        }
        for (int t = 1; t <= tables; t++) {
            sql.append(String.format(Locale.ROOT, """
                    --changeset benchmark:synthetic-index-%1$02d-a
                    CREATE UNIQUE INDEX syn_%1$02d_code_uq ON syn_%1$02d (code);

                    """, t));
            indexes++;
            if (t % 2 == 0) {
                sql.append(String.format(Locale.ROOT, """
                        --changeset benchmark:synthetic-index-%1$02d-b
                        CREATE INDEX syn_%1$02d_parent_ix ON syn_%1$02d (parent_id, status);

                        """, t));
                indexes++;
            }
        }
        for (int t = 2; t <= tables; t++) {
            sql.append(String.format(Locale.ROOT, """
                    --changeset benchmark:synthetic-fk-%1$02d
                    ALTER TABLE syn_%1$02d ADD CONSTRAINT syn_%1$02d_parent_fk FOREIGN KEY (parent_id) REFERENCES syn_%2$02d (id);

                    """, t, t - 1));
            fks++;
        }
        for (int t = 1; t <= Math.min(2, tables); t++) {
            sql.append(String.format(Locale.ROOT, """
                    --changeset benchmark:synthetic-owner-fk-%1$02d
                    ALTER TABLE syn_%1$02d ADD CONSTRAINT syn_%1$02d_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id);

                    """, t));
            fks++;
        }
        Files.writeString(dir.resolve("001-synthetic.sql"), sql);
        Files.writeString(dir.resolve("changelog.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                   xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                  <include file="db/changelog/tenant/%s/001-synthetic.sql"/>
                </databaseChangeLog>
                """.formatted(slot));
        return new Layout(root, slot, tables, indexes, fks);
    }
}
