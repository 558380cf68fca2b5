package com.intervo.kernel.api;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The one advice for every module's domain exceptions: each becomes a translated problem detail. */
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
        Locale locale = ApiExceptionHandler.locale(request);
        BiFunction<String, Object[], String> translator = (key, params) -> messages.getTranslation(key, locale, params);
        HttpStatus status = HttpStatus.valueOf(e.kind().status());
        String detail = e.detail(locale, translator);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getTranslation(e.titleKey(), locale));
        problem.setType(URI.create("https://intervo.app/problems/" + e.problemType()));
        e.problemProperties(locale, translator, detail).forEach(problem::setProperty);
        return problem;
    }
}
