package com.intervo.technician.core.api;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The server's technician API, as the phone uses it. Every call either returns what the server answered, throws
 * {@link ApiException} with the server's problem, or {@link IOException} when no answer came.
 */
public final class IntervoApi {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String JSON = "application/json";

    private final Transport transport;
    private final Supplier<String> token;

    public IntervoApi(Transport transport, Supplier<String> token) {
        this.transport = transport;
        this.token = token;
    }

    public Transport transport() {
        return transport;
    }

    /** Signs in; the token is the caller's to keep (the app keeps it encrypted). */
    public Token signIn(String workspace, String username, String password) throws IOException, ApiException {
        JsonObject body = new JsonObject();
        body.addProperty("workspace", workspace);
        body.addProperty("username", username);
        body.addProperty("password", password);
        return parse(send(new Transport.Request("POST", "/api/v1/auth/token", bytes(body), JSON), false), Token.class);
    }

    /** Revokes this phone's token. */
    public void signOut() throws IOException, ApiException {
        send(new Transport.Request("DELETE", "/api/v1/auth/token", null, null), true);
    }

    public Me me() throws IOException, ApiException {
        return get("/api/v1/me", Me.class);
    }

    public SyncPage myTickets(long since) throws IOException, ApiException {
        return get("/api/v1/dispatch/my/tickets?since=" + since, SyncPage.class);
    }

    public TicketDetails ticket(UUID id) throws IOException, ApiException {
        return get("/api/v1/dispatch/tickets/" + id, TicketDetails.class);
    }

    public List<CatalogPart> parts() throws IOException, ApiException {
        Type type = new TypeToken<List<CatalogPart>>() {}.getType();
        return Json.GSON.fromJson(
                text(send(new Transport.Request("GET", "/api/v1/dispatch/parts", null, null), true)), type);
    }

    public TechnicianSettings settings() throws IOException, ApiException {
        return get("/api/v1/dispatch/my/settings", TechnicianSettings.class);
    }

    /** Registers the phone's push token (FCM) for this user. */
    public void registerDevice(String pushToken, String appVersion) throws IOException, ApiException {
        JsonObject body = new JsonObject();
        body.addProperty("token", pushToken);
        body.addProperty("platform", "ANDROID");
        body.addProperty("appVersion", appVersion);
        send(new Transport.Request("POST", "/api/v1/dispatch/devices", bytes(body), JSON), true);
    }

    /** Forgets this phone's push token for the user (sign-out: no more notifications for them on this phone). */
    public void unregisterDevice(String pushToken) throws IOException, ApiException {
        String query;
        try {
            query = java.net.URLEncoder.encode(pushToken, "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        send(new Transport.Request("DELETE", "/api/v1/dispatch/devices?token=" + query, null, null), true);
    }

    /** Sends location pings (a resent ping is ignored by the server); answers how many were stored. */
    public int sendLocations(JsonObject pings, String key) throws IOException, ApiException {
        Transport.Response r = send(
                new Transport.Request("POST", "/api/v1/dispatch/locations", bytes(pings), JSON)
                        .header(IDEMPOTENCY_KEY, key),
                true);
        return JsonParser.parseString(text(r)).getAsJsonObject().get("stored").getAsInt();
    }

    /** One change to a ticket with its idempotency key: the ticket as the server has it afterwards. */
    public TicketDetails change(String method, String path, byte[] body, String contentType, String key)
            throws IOException, ApiException {
        Transport.Response r =
                send(new Transport.Request(method, path, body, contentType).header(IDEMPOTENCY_KEY, key), true);
        return parse(r, TicketDetails.class);
    }

    private <T> T get(String path, Class<T> type) throws IOException, ApiException {
        return parse(send(new Transport.Request("GET", path, null, null), true), type);
    }

    private Transport.Response send(Transport.Request request, boolean authenticated) throws IOException, ApiException {
        if (authenticated) {
            String bearer = token.get();
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
        }
        Transport.Response response = transport.send(request);
        if (response.status >= 400) {
            throw new ApiException(problem(response));
        }
        return response;
    }

    static Problem problem(Transport.Response response) {
        Problem problem = null;
        String text = text(response);
        try {
            if (!text.trim().isEmpty()) {
                JsonObject raw = JsonParser.parseString(text).getAsJsonObject();
                problem = Json.GSON.fromJson(raw, Problem.class);
                problem.raw = raw;
            }
        } catch (JsonParseException | IllegalStateException e) {
            problem = null;
        }
        if (problem == null) {
            problem = new Problem();
        }
        problem.status = response.status;
        return problem;
    }

    private static <T> T parse(Transport.Response response, Class<T> type) {
        return Json.GSON.fromJson(text(response), type);
    }

    private static String text(Transport.Response response) {
        return new String(response.body, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(JsonObject body) {
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
