package com.intervo.dispatch.rest;

import com.intervo.dispatch.StaleTicketException;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.identity.IntervoAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A stale update: 409 with the ticket as it is now under {@code ticket}, so the app can show it and decide again. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaleTicketHandler {

    private final Messages messages;

    StaleTicketHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(StaleTicketException.class)
    ProblemDetail stale(HttpServletRequest request, StaleTicketException e) {
        Locale locale = IntervoAuthentication.current().map(u -> u.locale()).filter(l -> l != null)
                .map(Locale::forLanguageTag).orElse(Messages.supported(request.getLocale()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getTranslation(
                "dispatch.error.stale", locale, e.current().number(), e.expectedVersion(), e.current().version()));
        problem.setTitle(messages.getTranslation("kernel.problem.conflict", locale));
        problem.setType(URI.create("https://intervo.app/problems/dispatch.error.stale"));
        problem.setProperty("currentVersion", e.current().version());
        problem.setProperty("ticket", e.current());
        return problem;
    }
}
