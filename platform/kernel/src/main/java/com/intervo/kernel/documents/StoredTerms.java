package com.intervo.kernel.documents;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredTerms extends JpaRepository<DocumentTerms, UUID> {

    Optional<DocumentTerms> findByKindAndLanguage(DocumentKind kind, String language);
}
