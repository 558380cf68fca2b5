package com.intervo.kernel.api;

import com.intervo.kernel.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A real failure behind an API call: logged once with a reference, answered as a 500 without internals. */
final class ApiFailures {

    private static final Logger log = LoggerFactory.getLogger(ApiFailures.class);

    private ApiFailures() {}

    static ProblemDetail internalError(Messages messages, HttpServletRequest request, Throwable e) {
        String reference = reference(request, e);
        Locale locale = ApiExceptionHandler.locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                messages.getTranslation("kernel.api.error.detail", locale, reference));
        problem.setTitle(messages.getTranslation("kernel.api.error.title", locale));
        problem.setType(URI.create("https://intervo.app/problems/internal-error"));
        problem.setProperty("reference", reference);
        return problem;
    }

    /** Logs the failure with a new reference for the person who reports it. */
    static String reference(HttpServletRequest request, Throwable e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("API failure {} on {} {}", reference, request.getMethod(), request.getRequestURI(), e);
        return reference;
    }
}
