package com.intervo.workshop.plus.rest;

import com.intervo.kernel.i18n.Messages;
import com.intervo.workshop.TrackingPortal.Lookup;
import com.intervo.workshop.TrackingPortal.Outcome;
import com.intervo.workshop.plus.PortalQuotes;
import com.intervo.workshop.plus.QuoteDocuments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quote on the tracking portal, without a sign-in: the customer's tracking code is the authority, and the look-ups
 * count against the portal's limits (per address, failures, per code, per workspace).
 */
@RestController
@RequestMapping("/portal/quote")
@Tag(name = "Workshop Plus portal", description = "The customer reads and decides a quote with their tracking code")
class PlusPortalController {

    private final PortalQuotes portal;
    private final Messages messages;

    PlusPortalController(PortalQuotes portal, Messages messages) {
        this.portal = portal;
        this.messages = messages;
    }

    @GetMapping(value = "/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The quote waiting for the customer (or the last one decided); 404 when there is none")
    ResponseEntity<?> quote(@PathVariable String code, HttpServletRequest request) {
        Lookup<Optional<PortalQuotes.PortalQuote>> found =
                portal.quote(request.getRemoteAddr(), request.getHeader("Host"), code);
        if (found.outcome() == Outcome.FOUND && found.value().isPresent()) {
            return ResponseEntity.ok()
                    .cacheControl(CacheControl.noStore())
                    .body(found.value().get());
        }
        return refused(found.outcome(), request);
    }

    @Schema(name = "PortalDecisionRequest")
    record DecisionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID quoteId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Boolean accept,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String comment) {}

    @PostMapping(value = "/{code}/decision", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Accept or decline the quote",
            description = "Deciding the same way again answers 200; decided otherwise, expired or replaced: 409.")
    ResponseEntity<?> decide(@PathVariable String code, @RequestBody DecisionRequest body, HttpServletRequest request) {
        if (body == null || body.accept() == null) {
            return problem(HttpStatus.UNPROCESSABLE_ENTITY, "quote-decision", "workshopplus.error.required", request);
        }
        PortalQuotes.Result result = portal.decide(
                request.getRemoteAddr(),
                request.getHeader("Host"),
                code,
                body.quoteId(),
                body.accept(),
                body.comment());
        return switch (result) {
            case DONE -> quote(code, request);
            case NOT_FOUND -> refused(Outcome.NOT_FOUND, request);
            case THROTTLED -> refused(Outcome.THROTTLED, request);
            case CONFLICT ->
                problem(HttpStatus.CONFLICT, "quote-decided", "workshopplus.portal.already-decided", request);
        };
    }

    @GetMapping("/{code}/quote.pdf")
    @Operation(summary = "The quote's PDF as sent")
    ResponseEntity<?> pdf(@PathVariable String code, HttpServletRequest request) {
        Lookup<Optional<QuoteDocuments.Pdf>> found =
                portal.pdf(request.getRemoteAddr(), request.getHeader("Host"), code);
        if (found.outcome() == Outcome.FOUND && found.value().isPresent()) {
            return PlusController.pdf(found.value().get());
        }
        return refused(found.outcome(), request);
    }

    @GetMapping("/{code}/photos/{fileId}")
    @Operation(summary = "A photo of a problem found, when the workshop shows them on the portal")
    ResponseEntity<?> photo(@PathVariable String code, @PathVariable UUID fileId, HttpServletRequest request) {
        Lookup<Optional<byte[]>> found = portal.photo(request.getRemoteAddr(), request.getHeader("Host"), code, fileId);
        if (found.outcome() == Outcome.FOUND && found.value().isPresent()) {
            byte[] bytes = found.value().get();
            return ResponseEntity.ok()
                    .contentType(
                            bytes.length > 1 && (bytes[0] & 0xFF) == 0xFF
                                    ? MediaType.IMAGE_JPEG
                                    : bytes.length > 1 && (bytes[0] & 0xFF) == 0x89
                                            ? MediaType.IMAGE_PNG
                                            : MediaType.parseMediaType("image/webp"))
                    .cacheControl(CacheControl.noStore())
                    .body(bytes);
        }
        return refused(found.outcome(), request);
    }

    private ResponseEntity<ProblemDetail> refused(Outcome outcome, HttpServletRequest request) {
        return outcome == Outcome.THROTTLED
                ? problem(HttpStatus.TOO_MANY_REQUESTS, "tracking-throttled", "workshop.portal.throttled", request)
                : problem(HttpStatus.NOT_FOUND, "quote-not-found", "workshopplus.portal.no-quote", request);
    }

    private ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String type, String key, HttpServletRequest request) {
        Locale locale = Messages.supported(request.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getTranslation(key, locale));
        problem.setType(URI.create("https://intervo.app/problems/" + type));
        problem.setTitle(messages.getTranslation("workshopplus.portal.title", locale));
        ResponseEntity.BodyBuilder builder =
                ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            builder.header("Retry-After", "600");
        }
        return builder.body(problem);
    }
}
