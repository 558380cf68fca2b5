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
}
