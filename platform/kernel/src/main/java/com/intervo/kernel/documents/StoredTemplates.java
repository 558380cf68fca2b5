package com.intervo.kernel.documents;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredTemplates extends JpaRepository<DocumentTemplate, UUID> {

    Optional<DocumentTemplate> findByKindAndLanguage(DocumentKind kind, String language);
}
