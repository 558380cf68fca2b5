package com.intervo.workshop;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.workshop.domain.MailText;
import com.intervo.workshop.domain.MailTexts;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wording of the e-mails customers get (intake protocol, repair ready, unrepairable) in en, ro, ru and cs.
 * Each workspace starts with the shipped texts and the admin may rewrite them; placeholders in braces are filled
 * in when a mail is queued: {@value #PLACEHOLDERS}.
 */
@Service
@Transactional(readOnly = true)
public class WorkshopMailTexts {

    public static final String PLACEHOLDERS =
            "{customer} {number} {device} {serial} {status} {trackingCode} " + "{portalUrl} {company} {note}";
    public static final Set<String> LANGUAGES = Set.of("en", "ro", "ru", "cs");

    /** One text as the editor shows it; {@code customized} is false while the shipped default applies. */
    public record Text(MailText.Kind kind, String language, String subject, String body, boolean customized) {}

    private final MailTexts texts;
    private final Messages messages;

    WorkshopMailTexts(MailTexts texts, Messages messages) {
        this.texts = texts;
        this.messages = messages;
    }

    public Text text(MailText.Kind kind, String language) {
        TenantContext.require();
        String lang = language(language);
        return texts.findByKindAndLanguage(kind, lang)
                .map(t -> new Text(kind, lang, t.getSubject(), t.getBody(), true))
                .orElseGet(() -> defaults(kind, lang));
    }

    public List<Text> all() {
        return java.util.Arrays.stream(MailText.Kind.values())
                .flatMap(k -> Messages.LOCALES.stream().map(l -> text(k, l.getLanguage())))
                .toList();
    }

    public Text defaults(MailText.Kind kind, String language) {
        Locale locale = Locale.forLanguageTag(language(language));
        String prefix = "workshop.mail." + kind.name().toLowerCase(Locale.ROOT);
        return new Text(
                kind,
                locale.getLanguage(),
                messages.getTranslation(prefix + ".subject", locale),
                messages.getTranslation(prefix + ".body", locale),
                false);
    }

    @Transactional
    @RolesAllowed("ADMIN")
    public Text save(MailText.Kind kind, String language, String subject, String body) {
        TenantContext.require();
        if (kind == null) {
            throw DomainException.invalid("workshop.error.required", "kind");
        }
        if (language == null || !LANGUAGES.contains(language)) {
            throw DomainException.invalid("workshop.error.language", "language");
        }
        if (subject == null || subject.isBlank()) {
            throw DomainException.invalid("workshop.error.required", "subject");
        }
        if (subject.strip().length() > 300) {
            throw DomainException.invalid("workshop.error.too-long", "subject", 300);
        }
        if (body == null || body.isBlank()) {
            throw DomainException.invalid("workshop.error.required", "body");
        }
        if (body.strip().length() > 8000) {
            throw DomainException.invalid("workshop.error.too-long", "body", 8000);
        }
        texts.findByKindAndLanguage(kind, language)
                .ifPresentOrElse(
                        t -> t.change(subject, body), () -> texts.save(new MailText(kind, language, subject, body)));
        texts.flush();
        return text(kind, language);
    }

    @Transactional
    @RolesAllowed("ADMIN")
    public void reset(MailText.Kind kind, String language) {
        TenantContext.require();
        texts.findByKindAndLanguage(kind, language(language)).ifPresent(texts::delete);
        texts.flush();
    }

    private static String language(String language) {
        return language != null && LANGUAGES.contains(language) ? language : "en";
    }
}
