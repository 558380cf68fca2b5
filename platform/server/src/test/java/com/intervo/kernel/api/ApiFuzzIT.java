package com.intervo.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation of the live OpenAPI document, called with hostile values in each path and query parameter and
 * each body field (NUL and control characters, huge and negative numbers, extreme dates, wrong types, long text):
 * the answer is never a redirect and never a 5xx, and every 4xx is a problem detail.
 */
@TenantIntegrationTest
class ApiFuzzIT {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Autowired
    TenantFixtures fixtures;

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private JsonNode schemas;
    private Http http;
    private String token;
    private final List<String> violations = new ArrayList<>();
    private int calls;

    @Test
    void everyOperationAnswersHostileInputWithAProblemDetailNeverARedirectOrAServerError() throws Exception {
        TenantId tenant = fixtures.newTenant(ModuleKey.values());
        token = fixtures.token(tenant, "admin");
        // an address of its own: the sign-in limit this test runs into counts no other test's calls
        http = new Http(port, Http.ownLoopbackAddress());
        // the first description is built on demand: give it time on a busy machine
        JsonNode docs = json.readTree(java.net.http.HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                                .timeout(java.time.Duration.ofMinutes(3))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        schemas = docs.path("components").path("schemas");
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String method = op.getKey().toUpperCase();
                if (method.equals("DELETE") && path.getKey().equals("/api/v1/auth/token")) {
                    continue; // revokes the token of the call itself
                }
                operations++;
                fuzz(method, path.getKey(), path.getValue(), op.getValue());
            }
        }
        assertThat(operations).as("operations in /v3/api-docs").isGreaterThan(30);
        assertThat(violations).as(calls + " calls").isEmpty();
    }

    private void fuzz(String method, String template, JsonNode pathItem, JsonNode operation) throws Exception {
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        Map<String, String> pathValues = new LinkedHashMap<>();
        List<JsonNode> query = new ArrayList<>();
        for (JsonNode p : parameters) {
            JsonNode schema = resolve(p.path("schema"));
            if ("path".equals(p.path("in").asString())) {
                pathValues.put(p.path("name").asString(), baselineParameter(schema));
            } else if ("query".equals(p.path("in").asString())) {
                query.add(p);
            }
        }
        JsonNode jsonBody = operation
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        JsonNode baseBody = jsonBody.isMissingNode() ? null : baseline(resolve(jsonBody), 0);
        // hostile path parameters
        for (String name : pathValues.keySet()) {
            for (String hostile : List.of("%00", "%1B", "-1", "99999999999999999999999", "x".repeat(300))) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(name, hostile);
                call(method, url(template, values, ""), baseBody, "path " + name + "=" + hostile);
            }
        }
        // hostile query parameters, one at a time
        for (JsonNode p : query) {
            String name = p.path("name").asString();
            for (String hostile : hostileParameters(resolve(p.path("schema")))) {
                call(
                        method,
                        url(template, pathValues, "?" + name + "=" + hostile),
                        baseBody,
                        "query " + name + "=" + hostile);
            }
        }
        // hostile body fields, one at a time, and hostile bodies
        if (baseBody != null) {
            call(method, url(template, pathValues, ""), baseBody, "baseline body");
            List<Variant> variants = new ArrayList<>();
            hostileFields(resolve(jsonBody), baseBody, "", 0, variants);
            for (Variant v : variants) {
                ObjectNode body = (ObjectNode) baseBody.deepCopy();
                v.apply().accept(body);
                call(method, url(template, pathValues, ""), body, "body " + v.description());
            }
            for (String raw : List.of("null", "[]", "\"x\"", "{", "{\"a\":\"\\u0000\"}", "1e999")) {
                callRaw(method, url(template, pathValues, ""), raw, "raw body " + raw);
            }
        }
    }

    private record Variant(String description, Consumer<ObjectNode> apply) {}

    /** One variant per hostile value of every field, down to objects two levels deep. */
    private void hostileFields(JsonNode schema, JsonNode base, String prefix, int depth, List<Variant> variants) {
        if (!schema.has("properties") || depth > 2) {
            return;
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String name = property.getKey();
            JsonNode fieldSchema = resolve(property.getValue());
            String path = prefix + name;
            for (JsonNode hostile : hostileValues(fieldSchema)) {
                variants.add(
                        new Variant(path + "=" + abbreviate(hostile.toString()), body -> set(body, path, hostile)));
            }
            JsonNode nested = "array".equals(fieldSchema.path("type").asString())
                    ? resolve(fieldSchema.path("items"))
                    : fieldSchema;
            if (nested.has("properties")) {
                String nestedPrefix = "array".equals(fieldSchema.path("type").asString()) ? path + "[0]." : path + ".";
                hostileFields(nested, base, nestedPrefix, depth + 1, variants);
            }
        }
    }

    /** Sets a value at a path like {@code site.lines[0].text} (parents from the baseline body). */
    private static void set(ObjectNode body, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode node = body;
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i];
            if (part.endsWith("[0]")) {
                node = node.path(part.substring(0, part.length() - 3)).path(0);
            } else {
                node = node.path(part);
            }
        }
        if (node instanceof ObjectNode object) {
            object.set(parts[parts.length - 1], value);
        }
    }

    private List<JsonNode> hostileValues(JsonNode schema) {
        String type = schema.path("type").asString();
        String format = schema.path("format").asString();
        List<JsonNode> values = new ArrayList<>();
        switch (type) {
            case "string" -> {
                if ("uuid".equals(format)) {
                    values.add(NODES.stringNode("not-a-uuid\u0000"));
                } else if ("date".equals(format)) {
                    values.add(NODES.stringNode("+999999999-12-31"));
                    values.add(NODES.stringNode("-999999999-01-01"));
                    values.add(NODES.stringNode("2026-02-30"));
                } else if ("date-time".equals(format)) {
                    values.add(NODES.stringNode("+999999999-12-31T23:59:59Z"));
                    values.add(NODES.stringNode("-999999999-01-01T00:00:00Z"));
                } else {
                    values.add(NODES.stringNode("a\u0000b"));
                    values.add(NODES.stringNode("\u001b[31m\u0007"));
                    values.add(NODES.stringNode("ț".repeat(5000)));
                }
                values.add(NODES.objectNode());
            }
            case "integer" -> {
                values.add(NODES.numberNode(new BigInteger("9223372036854775808")));
                values.add(NODES.numberNode(2147483648L));
                values.add(NODES.numberNode(-2147483649L));
                values.add(NODES.numberNode(2147483647));
                values.add(NODES.numberNode(-1));
                values.add(NODES.stringNode("x"));
            }
            case "number" -> {
                values.add(NODES.numberNode(1e308));
                values.add(NODES.numberNode(-1e308));
                values.add(NODES.stringNode("NaN"));
                values.add(NODES.numberNode(-1));
                values.add(NODES.stringNode("x"));
            }
            case "boolean" -> values.add(NODES.stringNode("x"));
            case "array" -> {
                values.add(NODES.stringNode("x"));
                ArrayNode nul = NODES.arrayNode();
                nul.add("a\u0000b");
                values.add(nul);
            }
            default -> {
                values.add(NODES.stringNode("x"));
                if (schema.has("additionalProperties")) {
                    ObjectNode map = NODES.objectNode();
                    map.put("k\u0000", "v\u0000");
                    values.add(map);
                }
            }
        }
        return values;
    }

    private static List<String> hostileParameters(JsonNode schema) {
        String type = schema.path("type").asString();
        String format = schema.path("format").asString();
        return switch (type) {
            case "integer" -> List.of("2147483647", "2147483648", "-2147483648", "9223372036854775807", "-1", "x");
            case "number" -> List.of("1e308", "-1e308", "NaN", "Infinity", "x");
            case "boolean" -> List.of("x", "%00");
            default ->
                switch (format) {
                    case "date" -> List.of("-999999999-01-01", "%2B999999999-12-31", "2026-02-30", "x");
                    case "date-time" -> List.of("-999999999-01-01T00:00:00Z", "%2B999999999-12-31T00:00:00Z", "x");
                    case "uuid" -> List.of("x", "%00");
                    default -> List.of("a%00b", "%1B%5B31m", "%C8%9B".repeat(800), "%FF%FE");
                };
        };
    }

    private String baselineParameter(JsonNode schema) {
        return switch (schema.path("type").asString()) {
            case "integer", "number" -> "1";
            case "boolean" -> "false";
            default ->
                "uuid".equals(schema.path("format").asString())
                        ? UUID.randomUUID().toString()
                        : schema.has("enum") ? schema.path("enum").path(0).asString() : "fuzz";
        };
    }

    /** A plausible value of a schema: what a careful client would send. */
    private JsonNode baseline(JsonNode schema, int depth) {
        if (schema.has("enum")) {
            return schema.path("enum").path(0).deepCopy();
        }
        String type = schema.path("type").asString();
        String format = schema.path("format").asString();
        return switch (type) {
            case "string" ->
                switch (format) {
                    case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
                    case "date" -> NODES.stringNode("2027-01-15");
                    case "date-time" -> NODES.stringNode("2027-01-15T10:00:00Z");
                    case "email" -> NODES.stringNode("fuzz@example.com");
                    default -> NODES.stringNode("fuzz");
                };
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 3) {
                    array.add(baseline(resolve(schema.path("items")), depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    for (Map.Entry<String, JsonNode> property :
                            schema.path("properties").properties()) {
                        object.set(property.getKey(), baseline(resolve(property.getValue()), depth + 1));
                    }
                }
                yield object;
            }
        };
    }

    private JsonNode resolve(JsonNode schema) {
        for (int i = 0; i < 5; i++) {
            if (schema.has("$ref")) {
                String ref = schema.path("$ref").asString();
                schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (schema.has("allOf")) {
                schema = schema.path("allOf").path(0);
            } else if (schema.has("oneOf")) {
                schema = schema.path("oneOf").path(0);
            } else if (schema.has("anyOf")) {
                schema = schema.path("anyOf").path(0);
            } else if (schema.path("type").isArray()) {
                // OpenAPI 3.1 nullable: ["string", "null"]
                ObjectNode copy = ((ObjectNode) schema).deepCopy();
                copy.set("type", schema.path("type").path(0));
                schema = copy;
            } else {
                return schema;
            }
        }
        return schema;
    }

    private static String url(String template, Map<String, String> values, String query) {
        String url = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            String v = value.getValue();
            url = url.replace(
                    "{" + value.getKey() + "}", v.startsWith("%") ? v : URLEncoder.encode(v, StandardCharsets.UTF_8));
        }
        return url + query;
    }

    private void call(String method, String url, JsonNode body, String what) throws Exception {
        callRaw(method, url, body == null ? null : json.writeValueAsString(body), what);
    }

    private void callRaw(String method, String url, String body, String what) throws Exception {
        calls++;
        HttpRequest.Builder request = http.request(url, token).header("Accept-Language", "ro");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request);
        } catch (IllegalArgumentException e) {
            return; // a URL the client itself refuses never reaches the server
        }
        String seen = method + " " + abbreviate(url) + " [" + what + "] -> " + response.statusCode() + " "
                + abbreviate(response.body());
        int status = response.statusCode();
        if (status >= 300 && status < 400
                || response.headers().firstValue("Location").isPresent()) {
            violations.add("redirect: " + seen);
        } else if (status >= 500) {
            violations.add("server error: " + seen);
        } else if (status >= 400
                && !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            violations.add(
                    "not a problem detail: " + seen + " " + response.headers().firstValue("Content-Type"));
        }
    }

    private static String abbreviate(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 160 ? printable.substring(0, 160) + "…" : printable;
    }
}
