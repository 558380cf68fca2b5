package com.intervo.kernel.api;

import com.intervo.kernel.customization.CustomFieldValidationException;
import com.intervo.kernel.customization.CustomizationException;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.identity.IntervoAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps exceptions of every module's REST API to translated problem details, once. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private final Messages messages;

    ApiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BadCredentialsException.class)
    ProblemDetail badCredentials(HttpServletRequest request) {
        return problem(request, HttpStatus.UNAUTHORIZED, "sign-in-failed", "kernel.api.unauthorized",
                "kernel.login.failed");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(HttpServletRequest request) {
        return problem(request, HttpStatus.FORBIDDEN, "forbidden", "kernel.api.forbidden", "kernel.api.role-required");
    }

    /** A write in a read-only workspace, refused by the database. */
    @ExceptionHandler({org.springframework.dao.DataAccessException.class, jakarta.persistence.PersistenceException.class,
            org.springframework.transaction.TransactionException.class})
    ProblemDetail readOnly(Exception e, HttpServletRequest request) throws Exception {
        if (!com.intervo.kernel.tenancy.TenantAccess.isReadOnlyRefusal(e)) {
            throw e;
        }
        return problem(request, HttpStatus.FORBIDDEN, "workspace-read-only", "kernel.read-only.title",
                "kernel.read-only.refused");
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail staleUpdate(HttpServletRequest request) {
        return problem(request, HttpStatus.CONFLICT, "stale-update", "kernel.api.conflict", "kernel.api.stale-update");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "malformed-request", "kernel.api.bad-request",
                "kernel.api.malformed");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(HttpServletRequest request, MethodArgumentNotValidException e) {
        ProblemDetail problem = problem(request, HttpStatus.BAD_REQUEST, "validation", "kernel.api.bad-request",
                "kernel.api.invalid-fields");
        Locale locale = locale(request);
        Map<String, String> fields = e.getBindingResult().getFieldErrors().stream().collect(Collectors.toMap(
                f -> f.getField(), f -> messages.getTranslation("kernel.validation." + f.getCode(), locale),
                (a, b) -> a));
        problem.setProperty("fields", fields);
        return problem;
    }

    /** Refused custom field values: 422, one translated message per field under {@code fields}. */
    @ExceptionHandler(CustomFieldValidationException.class)
    ProblemDetail invalidCustomFields(HttpServletRequest request, CustomFieldValidationException e) {
        Locale locale = locale(request);
        Map<String, String> fields = new LinkedHashMap<>();
        e.problems().forEach(p -> fields.merge(p.fieldKey(),
                p.message(locale, (key, params) -> messages.getTranslation(key, locale, params)),
                (a, b) -> a + " " + b));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getTranslation("customization.api.invalid-fields", locale,
                        String.join(", ", e.problems().stream().map(p -> p.label(locale)).distinct().toList())));
        problem.setTitle(messages.getTranslation("customization.api.invalid-title", locale));
        problem.setType(URI.create("https://intervo.app/problems/custom-field-invalid"));
        problem.setProperty("fields", fields);
        return problem;
    }

    /** A refused change to customization data (definitions, statuses): 422 with the translated reason. */
    @ExceptionHandler(CustomizationException.class)
    ProblemDetail refusedCustomization(HttpServletRequest request, CustomizationException e) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getTranslation(e.messageKey(), locale, e.params()));
        problem.setTitle(messages.getTranslation("customization.api.refused-title", locale));
        problem.setType(URI.create("https://intervo.app/problems/customization-refused"));
        return problem;
    }

    private ProblemDetail problem(HttpServletRequest request, HttpStatus status, String type, String titleKey,
                                  String detailKey) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getTranslation(detailKey, locale));
        problem.setTitle(messages.getTranslation(titleKey, locale));
        problem.setType(URI.create("https://intervo.app/problems/" + type));
        return problem;
    }

    /** The signed-in user's language, else the request's. */
    private static Locale locale(HttpServletRequest request) {
        return IntervoAuthentication.current().map(u -> u.locale()).filter(l -> l != null)
                .map(Locale::forLanguageTag).orElse(Messages.supported(request.getLocale()));
    }
}
