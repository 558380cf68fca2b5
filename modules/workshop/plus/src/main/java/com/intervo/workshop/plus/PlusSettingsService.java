package com.intervo.workshop.plus;

import com.intervo.kernel.errors.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace's Plus settings (one row of its schema); admins change them. */
@Service
@Transactional(readOnly = true)
public class PlusSettingsService {

    private final JdbcClient jdbc;
    private final PlusGuard guard;

    PlusSettingsService(JdbcTemplate jdbc, PlusGuard guard) {
        this.jdbc = JdbcClient.create(jdbc);
        this.guard = guard;
    }

    @PermitAll
    public PlusSettings current() {
        guard.licensed();
        return jdbc.sql("""
                        select version, evaluation_by_default, evaluation_fee, quote_validity_days, vat_mode,
                               portal_photos from plus_settings where id = 1""")
                .query((rs, n) -> new PlusSettings(
                        rs.getLong(1),
                        rs.getBoolean(2),
                        rs.getBigDecimal(3).setScale(2, java.math.RoundingMode.HALF_UP),
                        rs.getInt(4),
                        QuoteTotals.VatMode.valueOf(rs.getString(5)),
                        rs.getBoolean(6)))
                .single();
    }

    /** Saves the settings read at {@code settings.version()}; someone else's change in between is a conflict. */
    @Transactional
    @RolesAllowed("ADMIN")
    public PlusSettings save(PlusSettings settings) {
        guard.licensed();
        int changed = jdbc.sql("""
                        update plus_settings set version = version + 1, updated_at = now(), updated_by = ?,
                               evaluation_by_default = ?, evaluation_fee = ?, quote_validity_days = ?, vat_mode = ?,
                               portal_photos = ?
                        where id = 1 and version = ?""")
                .params(
                        PlusGuard.actor(),
                        settings.evaluationByDefault(),
                        settings.evaluationFee(),
                        settings.quoteValidityDays(),
                        settings.vatMode().name(),
                        settings.portalPhotos(),
                        settings.version())
                .update();
        if (changed == 0) {
            throw DomainException.conflict("workshopplus.error.stale", "version");
        }
        return current();
    }
}
