package com.intervo.kernel.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccounts extends JpaRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    java.util.List<UserAccount> findByUsernameIn(java.util.Collection<String> usernames);

    @org.springframework.data.jpa.repository.Query("select max(u.lastLoginAt) from UserAccount u")
    java.time.Instant lastSignIn();

    boolean existsByEmailIgnoreCase(String email);

    /** Users who can sign in, plus those invited whose invitation is still open. */
    @org.springframework.data.jpa.repository.Query("""
            select count(u) from UserAccount u where u.active = true or exists (
                select t from UserToken t where t.userId = u.id and t.purpose = com.intervo.kernel.identity.UserToken.Purpose.INVITE
                and t.usedAt is null and t.expiresAt > :now)""")
    long countSeats(@org.springframework.data.repository.query.Param("now") java.time.Instant now);

    @org.springframework.data.jpa.repository.Query(
            "select distinct u from UserAccount u join u.roles r where u.active = true and r in :roles")
    java.util.List<UserAccount> activeWithAnyRole(
            @org.springframework.data.repository.query.Param("roles") java.util.Collection<Role> roles);
}
