package com.intervo.workshop.domain;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** The tenant's wording of one customer e-mail in one language. */
@Entity
@Table(name = "workshop_mail_text")
public class MailText extends AuditedEntity {

    public enum Kind {
        INTAKE,
        READY,
        UNREPAIRABLE
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    protected MailText() {}

    public MailText(Kind kind, String language, String subject, String body) {
        this.kind = kind;
        this.language = language;
        change(subject, body);
    }

    public void change(String subject, String body) {
        this.subject = subject.strip();
        this.body = body.strip();
    }

    public Kind getKind() {
        return kind;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }
}
