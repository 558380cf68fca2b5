package com.intervo.dispatch;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exactly-once mutating API calls. A call with an {@code Idempotency-Key} runs in one transaction with the record of
 * its answer (per user and key, in the tenant's schema): a retry after a lost answer gets the stored answer and
 * changes nothing; the same key with another request is refused (422); a retry while the first call is still running
 * waits for it. A failed call stores nothing, so its retry runs again.
 */
@Service
public class IdempotentCalls {

    public static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");
    public static final Duration KEEP = Duration.ofDays(7);

    /** An answer: HTTP status and JSON body; {@code replayed} when it is the stored answer of an earlier call. */
    public record Answer(int status, String body, boolean replayed) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotentCalls(JdbcTemplate jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Runs the call once for this key.
     *
     * @param key         the client's Idempotency-Key (null: no protection, the call just runs)
     * @param requestHash a hash of what was asked (method, path, body), to recognise a reuse of the key
     */
    @Transactional
    public Answer run(String key, String requestHash, Supplier<Answer> call) {
        TenantContext.require();
        if (key == null) {
            return call.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw DomainException.invalid("dispatch.error.idempotency-key", "Idempotency-Key");
        }
        UUID user = IntervoAuthentication.current()
                .map(IntervoUser::userId)
                .orElseThrow(() -> new AccessDeniedException("Sign in"));
        // waits for a concurrent call with the same key to commit (then conflicts) or roll back (then inserts)
        int inserted = jdbc.update("""
                insert into idempotent_request (user_id, idem_key, request_hash, status_code, response_body, created_at)
                values (?, ?, ?, 0, '', ?) on conflict (user_id, idem_key) do nothing""", user, key, requestHash, Timestamp.from(clock.instant()));
        if (inserted == 0) {
            List<Answer> stored = jdbc.query(
                    """
                    select request_hash, status_code, response_body from idempotent_request
                    where user_id = ? and idem_key = ?""",
                    (rs, i) -> {
                        if (!rs.getString("request_hash").equals(requestHash)) {
                            throw DomainException.invalid("dispatch.error.idempotency-mismatch", "Idempotency-Key");
                        }
                        return new Answer(rs.getInt("status_code"), rs.getString("response_body"), true);
                    },
                    user,
                    key);
            return stored.getFirst();
        }
        Answer answer = call.get();
        jdbc.update(
                "update idempotent_request set status_code = ?, response_body = ? where user_id = ? and idem_key = ?",
                answer.status(),
                answer.body(),
                user,
                key);
        return answer;
    }

    /** Forgets answers older than {@link #KEEP}; a job calls it per tenant. */
    @Transactional
    public int purge() {
        TenantContext.require();
        return jdbc.update(
                "delete from idempotent_request where created_at < ?",
                Timestamp.from(clock.instant().minus(KEEP)));
    }
}
