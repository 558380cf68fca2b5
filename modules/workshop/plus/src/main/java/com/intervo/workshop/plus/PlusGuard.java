package com.intervo.workshop.plus;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The checks every Plus service makes: the workspace holds the license (the services refuse as the REST layer and
 * the views do), the sheet is a Plus sheet of this workspace, its stage allows the step, the version read is current.
 */
@Component
class PlusGuard {

    private final Licenses licenses;
    private final JdbcClient jdbc;
    private final Clock clock;

    PlusGuard(Licenses licenses, JdbcTemplate jdbc, Optional<Clock> clock) {
        this.licenses = licenses;
        this.jdbc = JdbcClient.create(jdbc);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    Clock clock() {
        return clock;
    }

    void licensed() {
        TenantContext.require();
        if (!licenses.isLicensedHere(ModuleKey.WORKSHOP_PLUS)) {
            throw new AccessDeniedException("Workshop Plus is not licensed");
        }
    }

    /** The Plus sheet's stage and version, the row locked (one change of a sheet at a time); 404 when not a Plus sheet. */
    StageRow lock(UUID sheetId) {
        licensed();
        return jdbc.sql("select stage, version from plus_sheet where sheet_id = ? for update")
                .param(sheetId)
                .query((rs, n) -> new StageRow(Plus.Stage.valueOf(rs.getString(1)), rs.getLong(2)))
                .optional()
                .orElseThrow(() -> DomainException.notFound("workshopplus.error.sheet-not-found"));
    }

    StageRow lock(UUID sheetId, Plus.Stage... allowed) {
        StageRow row = lock(sheetId);
        for (Plus.Stage stage : allowed) {
            if (row.stage() == stage) {
                return row;
            }
        }
        throw DomainException.conflict(
                "workshopplus.error.stage", "stage", row.stage().name());
    }

    /** Moves the sheet to a stage (the caller holds the lock). */
    void stage(UUID sheetId, Plus.Stage stage) {
        jdbc.sql("""
                        update plus_sheet set stage = ?, version = version + 1, updated_at = ?, updated_by = ?,
                               finished_at = case when ? then ? else finished_at end
                        where sheet_id = ?""")
                .params(
                        stage.name(),
                        java.sql.Timestamp.from(clock.instant()),
                        actor(),
                        stage.finished(),
                        java.sql.Timestamp.from(clock.instant()),
                        sheetId)
                .update();
    }

    record StageRow(Plus.Stage stage, long version) {}

    static Optional<IntervoUser> user() {
        return IntervoAuthentication.current();
    }

    /** "tenant/username" of the signed-in user, "system" otherwise. */
    static String actor() {
        return user().map(IntervoUser::getName).orElse("system");
    }

    static String displayName() {
        return user().map(IntervoUser::displayName).orElse("system");
    }
}
