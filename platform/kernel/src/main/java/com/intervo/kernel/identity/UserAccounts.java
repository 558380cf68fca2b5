package com.intervo.kernel.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccounts extends JpaRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @org.springframework.data.jpa.repository.Query("select max(u.lastLoginAt) from UserAccount u")
    java.time.Instant lastSignIn();

    boolean existsByEmailIgnoreCase(String email);

    @org.springframework.data.jpa.repository.Query(
            "select distinct u from UserAccount u join u.roles r where u.active = true and r in :roles")
    java.util.List<UserAccount> activeWithAnyRole(
            @org.springframework.data.repository.query.Param("roles") java.util.Collection<Role> roles);
}
