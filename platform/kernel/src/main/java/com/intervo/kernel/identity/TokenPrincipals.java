package com.intervo.kernel.identity;

import com.intervo.kernel.tenancy.TenantId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * The user behind an API token, read on every API call: token, workspace and user in one pooled connection with
 * plain JDBC (two statements, autocommit), instead of two ORM transactions. The connection is a fresh one from the
 * pool (schema {@code no_tenant}), so every table is named with its schema: the platform's, and the workspace's
 * from its validated key. The user is read again on every call, so deactivation and role changes apply at once.
 */
@Component
class TokenPrincipals {

    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final DataSource dataSource;

    TokenPrincipals(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<IntervoUser> find(String tokenHash, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true); // the pool restores it on return
            }
            UUID tokenId;
            UUID userId;
            TenantId tenant;
            Instant lastUsed;
            try (PreparedStatement token = c.prepareStatement("""
                    select t.id, t.user_id, t.last_used_at, te.tenant_key
                    from platform.api_token t join platform.tenant te on te.id = t.tenant_id
                    where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and te.status = 'ACTIVE'""")) {
                token.setString(1, tokenHash);
                token.setTimestamp(2, Timestamp.from(now));
                try (ResultSet rs = token.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    tokenId = rs.getObject(1, UUID.class);
                    userId = rs.getObject(2, UUID.class);
                    Timestamp used = rs.getTimestamp(3);
                    lastUsed = used == null ? null : used.toInstant();
                    tenant = new TenantId(rs.getString(4)); // validated before it names a schema
                }
            }
            if (lastUsed == null || lastUsed.isBefore(now.minus(TOUCH_INTERVAL))) {
                try (PreparedStatement touch = c.prepareStatement(
                        "update platform.api_token set last_used_at = ? where id = ? and revoked_at is null")) {
                    touch.setTimestamp(1, Timestamp.from(now));
                    touch.setObject(2, tokenId);
                    touch.executeUpdate();
                }
            }
            String schema = tenant.schema();
            try (PreparedStatement user = c.prepareStatement("select u.username, u.display_name, u.catalog_editor,"
                    + " u.locale, array(select r.role from " + schema + ".app_user_role r where r.user_id = u.id)"
                    + " from " + schema + ".app_user u where u.id = ? and u.active")) {
                user.setObject(1, userId);
                try (ResultSet rs = user.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    Array array = rs.getArray(5);
                    for (Object role : (Object[]) array.getArray()) {
                        roles.add(Role.valueOf((String) role));
                    }
                    return Optional.of(new IntervoUser(
                            tenant,
                            userId,
                            rs.getString(1),
                            rs.getString(2),
                            Set.copyOf(roles),
                            rs.getBoolean(3),
                            rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("API token look-up failed", e);
        }
    }
}
