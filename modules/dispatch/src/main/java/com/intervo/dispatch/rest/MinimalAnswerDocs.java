package com.intervo.dispatch.rest;

import com.intervo.dispatch.TicketDetails;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Documents {@code Prefer: return=minimal} on every ticket change that answers with the ticket: the parameter, and
 * the summary as the other shape of the 200 answer.
 */
@Configuration(proxyBeanMethods = false)
class MinimalAnswerDocs {

    @Bean
    OperationCustomizer minimalTicketAnswers() {
        return (operation, handler) -> {
            ApiResponse documented = handler.getMethodAnnotation(ApiResponse.class);
            boolean ticketAnswer = documented != null
                    && documented.content().length > 0
                    && documented.content()[0].schema().implementation() == TicketDetails.class;
            boolean idempotent = List.of(handler.getMethodParameters()).stream()
                    .map(p -> p.getParameterAnnotation(RequestHeader.class))
                    .anyMatch(h -> h != null && IdempotentResponses.HEADER.equals(h.name()));
            if (!ticketAnswer || !idempotent) {
                return operation;
            }
            operation.addParametersItem(new HeaderParameter()
                    .name(IdempotentResponses.PREFER)
                    .required(false)
                    .description("return=minimal: answer with the changed ticket's summary (TicketSummary) instead"
                            + " of its details; a 409 then carries the summary under `ticket` too")
                    .schema(new StringSchema()._enum(List.of(IdempotentResponses.MINIMAL))));
            var ok = operation.getResponses() == null
                    ? null
                    : operation.getResponses().get("200");
            if (ok != null) {
                Schema<?> either = new Schema<>()
                        .oneOf(List.of(
                                new Schema<>().$ref("#/components/schemas/TicketDetails"),
                                new Schema<>().$ref("#/components/schemas/TicketSummary")));
                ok.description("The ticket as changed: its details, or its summary with Prefer: return=minimal")
                        .content(new Content().addMediaType("application/json", new MediaType().schema(either)));
            }
            return operation;
        };
    }
}
