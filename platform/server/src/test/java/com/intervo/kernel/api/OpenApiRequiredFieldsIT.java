package com.intervo.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantIntegrationTest;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document is what the Android client is generated from: every component of a request body record (and
 * of the records nested in it) states whether it is required, and {@code /v3/api-docs} says the same.
 */
@TenantIntegrationTest
class OpenApiRequiredFieldsIT {

    /** Every record a {@code @RequestBody} of a {@code @RestController} takes, directly or nested, by class. */
    static final Set<Class<?>> REQUEST_RECORDS = new LinkedHashSet<>();

    /** Those of them taken by an operation of the document ({@code /api/**}). */
    static final Set<Class<?>> DOCUMENTED_RECORDS = new LinkedHashSet<>();

    @LocalServerPort
    int port;

    Http http;

    @BeforeAll
    static void scan() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Deque<Class<?>> all = new ArrayDeque<>();
        Deque<Class<?>> documented = new ArrayDeque<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.intervo")) {
            Class<?> controller = Class.forName(candidate.getBeanClassName());
            if (testFixture(controller)) {
                continue;
            }
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
            // springdoc documents /api/** only (springdoc.paths-to-match)
            boolean api = mapping != null && Arrays.stream(mapping.path()).allMatch(p -> p.startsWith("/api/"));
            for (Method method : controller.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        records(parameter.getParameterizedType(), all);
                        if (api) {
                            records(parameter.getParameterizedType(), documented);
                        }
                    }
                }
            }
        }
        closure(all, REQUEST_RECORDS);
        closure(documented, DOCUMENTED_RECORDS);
        assertThat(REQUEST_RECORDS).as("request records found by the scan").hasSizeGreaterThan(30);
    }

    /** The tests' own controllers (fixtures in test-classes) are no part of the API. */
    private static boolean testFixture(Class<?> controller) {
        var source = controller.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().getPath().contains("test-classes");
    }

    /** The records given and those nested in them. */
    private static void closure(Deque<Class<?>> todo, Set<Class<?>> into) {
        while (!todo.isEmpty()) {
            Class<?> record = todo.pop();
            if (into.add(record)) {
                for (RecordComponent component : record.getRecordComponents()) {
                    records(component.getGenericType(), todo);
                }
            }
        }
    }

    /** The records of the application in a type, its type arguments included ({@code List<Line>}). */
    private static void records(Type type, Deque<Class<?>> into) {
        switch (type) {
            case Class<?> c when c.isRecord() && c.getName().startsWith("com.intervo.") -> into.add(c);
            case Class<?> c when c.isArray() -> records(c.getComponentType(), into);
            case ParameterizedType p -> {
                records(p.getRawType(), into);
                for (Type argument : p.getActualTypeArguments()) {
                    records(argument, into);
                }
            }
            case WildcardType w -> {
                for (Type bound : w.getUpperBounds()) {
                    records(bound, into);
                }
            }
            default -> {}
        }
    }

    /** The explicit decision of a component, from its field or accessor (where {@code @Schema} lands). */
    static Schema.RequiredMode mode(Class<?> record, RecordComponent component) {
        Schema schema = null;
        try {
            schema = record.getDeclaredField(component.getName()).getAnnotation(Schema.class);
        } catch (NoSuchFieldException e) {
            // a record always has the field; fall back to the accessor all the same
        }
        if (schema == null) {
            schema = component.getAccessor().getAnnotation(Schema.class);
        }
        return schema == null ? Schema.RequiredMode.AUTO : schema.requiredMode();
    }

    static String schemaName(Class<?> record) {
        Schema schema = record.getAnnotation(Schema.class);
        return schema != null && !schema.name().isBlank() ? schema.name() : record.getSimpleName();
    }

    static String label(Class<?> record) {
        return record.getName().substring(record.getPackageName().length() + 1).replace('$', '.');
    }

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void everyRequestRecordComponentSaysWhetherItIsRequired() {
        List<String> undecided = new ArrayList<>();
        for (Class<?> record : REQUEST_RECORDS) {
            for (RecordComponent component : record.getRecordComponents()) {
                if (mode(record, component) == Schema.RequiredMode.AUTO) {
                    undecided.add(label(record) + "." + component.getName());
                }
            }
        }
        assertThat(undecided)
                .as("components of request records without @Schema(requiredMode = REQUIRED or NOT_REQUIRED)")
                .isEmpty();
    }

    @Test
    void requestRecordsHaveSchemaNamesOfTheirOwn() {
        Map<String, Set<String>> byName = new TreeMap<>();
        for (Class<?> record : REQUEST_RECORDS) {
            byName.computeIfAbsent(schemaName(record), n -> new TreeSet<>()).add(label(record));
        }
        byName.values().removeIf(records -> records.size() < 2);
        assertThat(byName)
                .as("records sharing one schema name: the document describes only one of them; name the others "
                        + "with @Schema(name = ...)")
                .isEmpty();
    }

    @Test
    void theDocumentListsTheRequiredComponents() throws Exception {
        JsonNode schemas = apiDocs().path("components").path("schemas");
        List<String> wrong = new ArrayList<>();
        for (Class<?> record : DOCUMENTED_RECORDS) {
            String name = schemaName(record);
            JsonNode schema = schemas.path(name);
            if (schema.isMissingNode()) {
                wrong.add(name + " (" + label(record) + "): no schema in the document");
                continue;
            }
            Set<String> required = new TreeSet<>();
            schema.path("required").forEach(n -> required.add(n.asString()));
            for (RecordComponent component : record.getRecordComponents()) {
                Schema.RequiredMode mode = mode(record, component);
                boolean listed = required.contains(component.getName());
                if (mode == Schema.RequiredMode.REQUIRED && !listed) {
                    wrong.add(name + "." + component.getName() + ": REQUIRED but not in required " + required);
                } else if (mode == Schema.RequiredMode.NOT_REQUIRED && listed) {
                    wrong.add(name + "." + component.getName() + ": NOT_REQUIRED but in required " + required);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void knownRequiredFieldsEnumsAndTheBearerScheme() throws Exception {
        JsonNode docs = apiDocs();
        JsonNode sheet = requestSchema(docs, "/api/v1/workshop/sheets", "post");
        assertThat(names(sheet.path("required"))).contains("problem");
        JsonNode customer = requestSchema(docs, "/api/v1/crm/customers", "post");
        assertThat(names(customer.path("required"))).contains("name", "kind");

        JsonNode line = docs.path("components").path("schemas").path("LineDraft");
        assertThat(names(line.path("required"))).contains("kind", "itemId", "quantity");
        JsonNode kind = resolve(docs, line.path("properties").path("kind"));
        assertThat(names(kind.path("enum"))).as("LineDraft.kind as enum").isNotEmpty();

        JsonNode bearer = docs.path("components").path("securitySchemes").path("bearer");
        assertThat(bearer.path("type").asString()).isEqualTo("http");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void everyOperationDescribesItsErrorsAsProblemDetails() throws Exception {
        JsonNode docs = apiDocs();
        JsonNode problem = docs.path("components").path("schemas").path("ProblemDetail");
        assertThat(names(problem.path("required"))).containsExactlyInAnyOrder("type", "title", "status");
        assertThat(problem.path("properties").has("detail")).isTrue();
        List<String> missing = new ArrayList<>();
        docs.path("paths").properties().forEach(path -> {
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            path.getValue().properties().forEach(op -> {
                JsonNode operation = op.getValue();
                JsonNode responses = operation.path("responses");
                String label = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                List<String> expected = new ArrayList<>();
                if (operation.path("security").size() > 0) {
                    expected.add("401");
                    expected.add("403");
                }
                if (!op.getKey().equals("get")) {
                    expected.add("409");
                    expected.add("422");
                }
                if (path.getKey().contains("{")) {
                    expected.add("404");
                }
                for (String status : expected) {
                    String ref = responses
                            .path(status)
                            .path("content")
                            .path("application/problem+json")
                            .path("schema")
                            .path("$ref")
                            .asString("");
                    if (!ref.equals("#/components/schemas/ProblemDetail")) {
                        missing.add(label + " " + status);
                    }
                }
            });
        });
        assertThat(missing).as("error responses without a ProblemDetail body").isEmpty();
        assertThat(docs.path("paths")
                        .path("/api/v1/dispatch/tickets/{id}/accept")
                        .path("post")
                        .path("responses")
                        .has("409"))
                .isTrue();
        assertThat(docs.path("paths")
                        .path("/api/v1/auth/token")
                        .path("post")
                        .path("responses")
                        .has("429"))
                .isTrue();
    }

    @Test
    void answersListEveryFieldAsPresent() throws Exception {
        JsonNode schemas = apiDocs().path("components").path("schemas");
        for (String answer : List.of("TicketDetails", "TicketSummary", "SyncPage", "ChecklistItem", "TokenResponse")) {
            JsonNode schema = schemas.path(answer);
            assertThat(schema.isMissingNode()).as(answer).isFalse();
            List<String> properties = new ArrayList<>();
            schema.path("properties").properties().forEach(p -> properties.add(p.getKey()));
            assertThat(names(schema.path("required")))
                    .as("%s: the API writes every field, null or not", answer)
                    .containsExactlyInAnyOrderElementsOf(properties);
        }
        assertThat(names(schemas.path("TicketSummary").path("required"))).contains("id", "version", "stage");
    }

    private JsonNode apiDocs() throws Exception {
        HttpResponse<String> response = http.get("/v3/api-docs", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    /** The schema of an operation's JSON request body, followed through its $ref. */
    private static JsonNode requestSchema(JsonNode docs, String path, String method) {
        JsonNode operation = docs.path("paths").path(path).path(method);
        assertThat(operation.isMissingNode())
                .as("%s %s in the document", method, path)
                .isFalse();
        JsonNode schema = operation
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        return resolve(docs, schema);
    }

    private static JsonNode resolve(JsonNode docs, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return docs.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        if (schema.path("allOf").isArray() && schema.path("allOf").size() == 1) {
            return resolve(docs, schema.path("allOf").get(0));
        }
        return schema;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asString()));
        return names;
    }
}
