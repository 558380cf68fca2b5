package com.intervo.kernel.api;

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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Messages messages;

    ApiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BadCredentialsException.class)
    ProblemDetail badCredentials(HttpServletRequest request) {
        return problem(
                request, HttpStatus.UNAUTHORIZED, "sign-in-failed", "kernel.api.unauthorized", "kernel.login.failed");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(HttpServletRequest request) {
        return problem(request, HttpStatus.FORBIDDEN, "forbidden", "kernel.api.forbidden", "kernel.api.role-required");
    }

    /**
     * A database refusal: a write in a read-only workspace (403); a value the column cannot hold, such as a
     * numeric overflow or a timestamp out of range (422); a duplicate (409) or another broken data rule (422). Any
     * other database failure is a 500 without internals, logged once.
     */
    @ExceptionHandler({
        org.springframework.dao.DataAccessException.class,
        jakarta.persistence.PersistenceException.class,
        org.springframework.transaction.TransactionException.class
    })
    ProblemDetail dataAccess(Exception e, HttpServletRequest request) {
        if (com.intervo.kernel.tenancy.TenantAccess.isReadOnlyRefusal(e)) {
            return problem(
                    request,
                    HttpStatus.FORBIDDEN,
                    "workspace-read-only",
                    "kernel.read-only.title",
                    "kernel.read-only.refused");
        }
        String state = sqlState(e);
        if (state != null && state.startsWith("22")) {
            log.info("Refused by the database ({}) on {} {}", state, request.getMethod(), request.getRequestURI());
            return problem(
                    request,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "invalid-value",
                    "kernel.api.bad-request",
                    "kernel.api.invalid-value");
        }
        if ("23505".equals(state)) {
            return problem(
                    request, HttpStatus.CONFLICT, "duplicate", "kernel.api.conflict", "kernel.api.constraint-conflict");
        }
        if (state != null && state.startsWith("23")) {
            log.info("Refused by the database ({}) on {} {}", state, request.getMethod(), request.getRequestURI());
            return problem(
                    request,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "constraint",
                    "kernel.api.bad-request",
                    "kernel.api.constraint-invalid");
        }
        return ApiFailures.internalError(messages, request, e);
    }

    /** The SQLSTATE of the first SQL exception in the causes, if any. */
    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** A query or path parameter of the wrong type or out of range: 400 naming the parameter. */
    @ExceptionHandler(org.springframework.beans.TypeMismatchException.class)
    ProblemDetail typeMismatch(HttpServletRequest request, org.springframework.beans.TypeMismatchException e) {
        String name = e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m
                ? m.getName()
                : e.getPropertyName();
        String reason = "kernel.api.input.wrong-type";
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof RefusedValueException refused) {
                reason = refused.reasonKey();
                break;
            }
        }
        return refused(request, Map.of(name == null ? "" : name, reason));
    }

    @ExceptionHandler(QueryNumberRules.RefusedParameterException.class)
    ProblemDetail refusedParameter(HttpServletRequest request, QueryNumberRules.RefusedParameterException e) {
        return refused(request, Map.of(e.parameter(), e.reasonKey()));
    }

    /** A body that is not JSON of the right shape, or a value refused at the edge: 400 naming the field. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpServletRequest request, HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof RefusedInputException refused) {
                return refused(request, Map.of(path(refused), refused.reasonKey()));
            }
            if (t instanceof tools.jackson.databind.DatabindException d
                    && !d.getPath().isEmpty()) {
                return refused(request, Map.of(path(d), "kernel.api.input.wrong-type"));
            }
        }
        return problem(
                request, HttpStatus.BAD_REQUEST, "malformed-request", "kernel.api.bad-request", "kernel.api.malformed");
    }

    /** The JSON path of a refused value: {@code site.lines[1]}. */
    static String path(tools.jackson.core.JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (tools.jackson.core.JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private ProblemDetail refused(HttpServletRequest request, Map<String, String> reasonKeys) {
        ProblemDetail problem = problem(
                request, HttpStatus.BAD_REQUEST, "refused-value", "kernel.api.bad-request", "kernel.api.input.refused");
        Locale locale = locale(request);
        Map<String, String> fields = new LinkedHashMap<>();
        reasonKeys.forEach((field, key) -> fields.put(field, messages.getTranslation(key, locale)));
        problem.setProperty("fields", fields);
        return problem;
    }

    /** The API reads JSON only (and multipart uploads where an endpoint says so). */
    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpServletRequest request) {
        return problem(
                request,
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "kernel.api.unsupported-media-type",
                "kernel.api.json-only");
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail staleUpdate(HttpServletRequest request) {
        return problem(request, HttpStatus.CONFLICT, "stale-update", "kernel.api.conflict", "kernel.api.stale-update");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(HttpServletRequest request, MethodArgumentNotValidException e) {
        ProblemDetail problem = problem(
                request, HttpStatus.BAD_REQUEST, "validation", "kernel.api.bad-request", "kernel.api.invalid-fields");
        Locale locale = locale(request);
        Map<String, String> fields = e.getBindingResult().getFieldErrors().stream()
                .collect(Collectors.toMap(
                        f -> f.getField(),
                        f -> messages.getTranslation("kernel.validation." + f.getCode(), locale),
                        (a, b) -> a));
        problem.setProperty("fields", fields);
        return problem;
    }

    private ProblemDetail problem(
            HttpServletRequest request, HttpStatus status, String type, String titleKey, String detailKey) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getTranslation(detailKey, locale));
        problem.setTitle(messages.getTranslation(titleKey, locale));
        problem.setType(URI.create("https://intervo.app/problems/" + type));
        return problem;
    }

    /** The signed-in user's language, else the request's. */
    static Locale locale(HttpServletRequest request) {
        return IntervoAuthentication.current()
                .map(u -> u.locale())
                .filter(l -> l != null)
                .map(Locale::forLanguageTag)
                .orElse(Messages.supported(request.getLocale()));
    }
}
