package com.intervo.workshop.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailTexts extends JpaRepository<MailText, UUID> {

    Optional<MailText> findByKindAndLanguage(MailText.Kind kind, String language);
}
