package com.intervo.dispatch.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DispatchSettingsRows extends JpaRepository<DispatchSettingsRow, UUID> {

    Optional<DispatchSettingsRow> findFirstBy();
}
