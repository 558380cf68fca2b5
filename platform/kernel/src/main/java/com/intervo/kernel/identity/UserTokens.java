package com.intervo.kernel.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserTokens extends JpaRepository<UserToken, UUID> {

    Optional<UserToken> findByTokenHashAndPurpose(String tokenHash, UserToken.Purpose purpose);

    List<UserToken> findByUserIdAndUsedAtIsNull(UUID userId);

    List<UserToken> findByUserIdAndPurpose(UUID userId, UserToken.Purpose purpose);
}
