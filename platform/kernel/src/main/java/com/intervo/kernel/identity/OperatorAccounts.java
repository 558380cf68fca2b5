package com.intervo.kernel.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OperatorAccounts extends JpaRepository<OperatorAccount, UUID> {

    Optional<OperatorAccount> findByUsername(String username);
}
