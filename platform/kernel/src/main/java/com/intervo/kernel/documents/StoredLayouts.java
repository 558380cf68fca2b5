package com.intervo.kernel.documents;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredLayouts extends JpaRepository<DocumentLayout, UUID> {

    Optional<DocumentLayout> findByKindAndLanguage(DocumentKind kind, String language);
}
