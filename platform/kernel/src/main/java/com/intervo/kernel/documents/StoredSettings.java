package com.intervo.kernel.documents;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredSettings extends JpaRepository<DocumentSettings, UUID> {

    Optional<DocumentSettings> findFirstBy();
}
