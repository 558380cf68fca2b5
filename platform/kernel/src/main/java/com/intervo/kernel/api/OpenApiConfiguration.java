package com.intervo.kernel.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM = "ProblemDetail";
    private static final String REF = "#/components/schemas/";

    @Bean
    OpenAPI intervoOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Intervo API")
                        .version("v1")
                        .description("Get a token with POST /api/v1/auth/token, then send it as "
                                + "'Authorization: Bearer <token>'. Errors are RFC 9457 problem details."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")));
    }

    /**
     * What the document would otherwise leave out: the errors every operation can answer (RFC 9457 problem details,
     * as the exception handlers write them), and that an answer's fields are always there — the API writes every
     * field of its records, null or not — so a generated client does not make them optional.
     */
    @Bean
    OpenApiCustomizer problemsAndPresentFields() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            if (api.getPaths() != null) {
                api.getPaths().forEach(OpenApiConfiguration::addProblems);
            }
            markResponseFieldsPresent(api);
        };
    }

    private static Schema<?> problemSchema() {
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem details; title and detail in the caller's language "
                        + "(Accept-Language). Some problems add properties, e.g. a stale ticket's 409 carries "
                        + "'ticket' and 'currentVersion'.")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"));
        problem.setRequired(List.of("type", "title", "status"));
        problem.setAdditionalProperties(Boolean.TRUE);
        return problem;
    }

    private static void addProblems(String path, PathItem item) {
        if (!path.startsWith("/api/") && !path.startsWith("/portal/")) {
            return;
        }
        item.readOperationsMap().forEach((method, operation) -> {
            boolean secured =
                    operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
            boolean hasInput = operation.getRequestBody() != null
                    || (operation.getParameters() != null
                            && !operation.getParameters().isEmpty());
            if (hasInput) {
                problem(operation, "400", "Malformed input: unreadable JSON, a value of the wrong type");
            }
            if (secured) {
                problem(operation, "401", "No valid bearer token (missing, expired, revoked, user deactivated)");
                problem(operation, "403", "Not allowed: the user's role, or the module is not licensed");
            }
            if (path.contains("{")) {
                problem(operation, "404", "Not found in the caller's workspace");
            }
            if (changes) {
                problem(operation, "409", "Conflict with the record's current state or version");
                problem(operation, "422", "Refused: a rule of the domain or a field's value (the field is named)");
            }
            if (path.equals("/api/v1/auth/token")) {
                problem(operation, "429", "Too many failed sign-ins from this address: retry after Retry-After");
            }
        });
    }

    private static void problem(Operation operation, String status, String description) {
        ApiResponses responses = operation.getResponses();
        if (responses == null) {
            responses = new ApiResponses();
            operation.setResponses(responses);
        }
        if (responses.containsKey(status)) {
            return;
        }
        Schema<?> ref = new Schema<>().$ref(REF + PROBLEM);
        responses.addApiResponse(
                status,
                new ApiResponse()
                        .description(description)
                        .content(new Content().addMediaType("application/problem+json", new MediaType().schema(ref))));
    }

    /** Schemas read only in answers (not reachable from a request body) list every field as required. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void markResponseFieldsPresent(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null || api.getPaths() == null) {
            return;
        }
        Set<String> requestSchemas = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>();
        api.getPaths()
                .values()
                .forEach(item -> item.readOperations().forEach(operation -> {
                    if (operation.getRequestBody() != null
                            && operation.getRequestBody().getContent() != null) {
                        operation.getRequestBody().getContent().values().forEach(media -> {
                            if (media.getSchema() != null) {
                                todo.add(media.getSchema());
                            }
                        });
                    }
                }));
        while (!todo.isEmpty()) {
            for (String name : references(todo.pop())) {
                if (requestSchemas.add(name) && schemas.get(name) != null) {
                    todo.add(schemas.get(name));
                }
            }
        }
        schemas.forEach((name, schema) -> {
            if (name.equals(PROBLEM) || requestSchemas.contains(name) || schema.getProperties() == null) {
                return;
            }
            if (schema.getRequired() == null || schema.getRequired().isEmpty()) {
                schema.setRequired(new ArrayList<>(((Map<String, Schema>) schema.getProperties()).keySet()));
            }
        });
    }

    /** Names of the component schemas a schema refers to (properties, items, compositions). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Set<String> references(Schema schema) {
        Set<String> names = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>(List.of(schema));
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (s == null || !seen.add(s)) {
                continue;
            }
            if (s.get$ref() != null && s.get$ref().startsWith(REF)) {
                names.add(s.get$ref().substring(REF.length()));
            }
            if (s.getProperties() != null) {
                todo.addAll(((Map<String, Schema>) s.getProperties()).values());
            }
            if (s.getItems() != null) {
                todo.add(s.getItems());
            }
            if (s.getAdditionalProperties() instanceof Schema extra) {
                todo.add(extra);
            }
            for (List<Schema> group : new List[] {s.getAllOf(), s.getOneOf(), s.getAnyOf()}) {
                if (group != null) {
                    todo.addAll(group);
                }
            }
        }
        return names;
    }
}
