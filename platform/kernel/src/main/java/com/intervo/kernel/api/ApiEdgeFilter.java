package com.intervo.kernel.api;

import com.intervo.kernel.errors.ProblemResponses;
import com.intervo.kernel.i18n.Messages;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The edge of {@code /api/**}, in front of Spring Security: every answer is a problem detail, never the container's
 * error page nor the UI chain's redirect to the sign-in page. Refuses control characters in query parameters and
 * bodies that are not JSON (multipart uploads aside) before anything reads them; turns {@code sendError} into a
 * problem detail; and answers an exception that escaped every handler with a 500 without internals, logged once.
 */
class ApiEdgeFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiEdgeFilter.class);

    private final Messages messages;

    ApiEdgeFilter(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isApi(request.getRequestURI(), request.getContextPath())
                && !(request.getDispatcherType() == DispatcherType.ERROR
                        && isApi(errorUri(request), request.getContextPath()));
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            errorDispatch(request, response);
            return;
        }
        Locale locale = Messages.supported(request.getLocale());
        Optional<Map.Entry<String, String>> parameter = refusedParameter(request.getQueryString());
        if (parameter.isPresent()) {
            ProblemResponses.write(
                    response,
                    400,
                    "refused-value",
                    messages.getTranslation("kernel.api.bad-request", locale),
                    messages.getTranslation("kernel.api.input.refused", locale),
                    Map.of(
                            parameter.get().getKey(),
                            messages.getTranslation(parameter.get().getValue(), locale)));
            return;
        }
        if (hasBody(request) && !readable(request.getContentType())) {
            ProblemResponses.write(
                    response,
                    415,
                    "unsupported-media-type",
                    messages.getTranslation("kernel.api.unsupported-media-type", locale),
                    messages.getTranslation("kernel.api.json-only", locale));
            return;
        }
        ProblemOnError wrapped = new ProblemOnError(response, request);
        try {
            chain.doFilter(request, wrapped);
        } catch (Exception e) {
            if (response.isCommitted()) {
                log.error(
                        "API failure after the answer began on {} {}", request.getMethod(), request.getRequestURI(), e);
                return;
            }
            response.reset();
            String reference = ApiFailures.reference(request, e);
            ProblemResponses.write(
                    response,
                    500,
                    "internal-error",
                    messages.getTranslation("kernel.api.error.title", locale),
                    messages.getTranslation("kernel.api.error.detail", locale, reference),
                    java.util.Map.of());
        }
    }

    @Override
    protected void doFilterNestedErrorDispatch(
            HttpServletRequest request, HttpServletResponse response, FilterChain filterChain) throws IOException {
        errorDispatch(request, response);
    }

    /** An error the container dispatched for an API path: the problem detail of its status, no UI chain. */
    private void errorDispatch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : 500;
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 && exception instanceof Throwable t) {
            ApiFailures.reference(request, t);
        }
        writeStatus(request, response, status);
    }

    private void writeStatus(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        Locale locale = Messages.supported(request.getLocale());
        String[] keys = switch (status) {
            case 401 -> new String[] {"unauthorized", "kernel.api.unauthorized", "kernel.api.sign-in-required"};
            case 403 -> new String[] {"forbidden", "kernel.api.forbidden", "kernel.api.role-required"};
            case 404 -> new String[] {"not-found", "kernel.problem.not_found", "kernel.api.request-refused"};
            case 413 -> new String[] {"too-large", "kernel.api.bad-request", "kernel.api.too-large"};
            case 415 ->
                new String[] {"unsupported-media-type", "kernel.api.unsupported-media-type", "kernel.api.json-only"};
            case 429 -> new String[] {"too-many-requests", "kernel.api.too-many", "kernel.api.too-many-detail"};
            default ->
                status >= 500
                        ? new String[] {"internal-error", "kernel.api.error.title", "kernel.api.error.no-reference"}
                        : new String[] {"bad-request", "kernel.api.bad-request", "kernel.api.request-refused"};
        };
        ProblemResponses.write(
                response,
                status,
                keys[0],
                messages.getTranslation(keys[1], locale),
                messages.getTranslation(keys[2], locale));
    }

    /**
     * The first query parameter whose name or value is not valid UTF-8 or holds a control character, with the
     * reason, so nothing behind the edge meets either.
     */
    static Optional<Map.Entry<String, String>> refusedParameter(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            String shown = name == null ? "?" : name.replaceAll("\\p{Cntrl}", "?");
            shown = shown.length() > 40 ? shown.substring(0, 40) : shown;
            if (name == null || value == null) {
                return Optional.of(Map.entry(shown, InputRules.ENCODING));
            }
            if (InputRules.hasControlCharacter(name) || InputRules.hasControlCharacter(value)) {
                return Optional.of(Map.entry(shown, InputRules.CONTROL_CHARACTER));
            }
        }
        return Optional.empty();
    }

    /** Strict percent-decoding: null for a broken escape or bytes that are not UTF-8. */
    private static String decode(String s) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()
                        || Character.digit(s.charAt(i + 1), 16) < 0
                        || Character.digit(s.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean readable(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.isCompatibleWith(type) && !type.isWildcardSubtype()
                    || "json".equals(type.getSubtypeSuffix()) && "application".equals(type.getType())
                    || MediaType.MULTIPART_FORM_DATA.includes(type);
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return false;
        }
    }

    private static boolean isApi(String uri, String contextPath) {
        return uri != null && uri.startsWith(contextPath + "/api/");
    }

    private static String errorUri(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : null;
    }

    /** {@code sendError} on an API path answers with a problem detail instead of the container's error page. */
    private final class ProblemOnError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemOnError(HttpServletResponse response, HttpServletRequest request) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            resetBuffer();
            writeStatus(request, (HttpServletResponse) getResponse(), status);
            flushBuffer();
        }
    }
}
