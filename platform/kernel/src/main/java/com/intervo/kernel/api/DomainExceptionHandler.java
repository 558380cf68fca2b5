package com.intervo.kernel.api;

import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.identity.IntervoAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Business rule violations of every module as translated problem details. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DomainExceptionHandler {

    private final Messages messages;

    DomainExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(HttpServletRequest request, HttpServletResponse response, DomainException e) {
        if (e.kind() == DomainException.Kind.BUSY) {
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        }
        Locale locale = IntervoAuthentication.current().map(u -> u.locale()).filter(l -> l != null)
                .map(Locale::forLanguageTag).orElse(Messages.supported(request.getLocale()));
        HttpStatus status = HttpStatus.valueOf(e.kind().status());
        String detail = messages.getTranslation(e.messageKey(), locale, e.params());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getTranslation("kernel.problem." + e.kind().name().toLowerCase(), locale));
        problem.setType(URI.create("https://intervo.app/problems/" + e.messageKey()));
        if (e.field() != null) {
            problem.setProperty("fields", Map.of(e.field(), detail));
        }
        return problem;
    }
}
