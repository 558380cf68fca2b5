package com.intervo.technician.core.sync;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.intervo.technician.core.api.HttpTransport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The server's event stream of my tickets ({@code GET /api/v1/dispatch/events}, server-sent events): the on-duty
 * channel that tells the phone to sync when one of its tickets changed. {@link #read} returns when the server ends
 * the stream (it does so every few minutes) or the connection breaks; the caller reconnects.
 */
public final class EventStream {

    /** What the stream tells. */
    public interface Listener {
        /** The stream is open (and after every reconnection): a good moment to sync. */
        void connected();

        /** One of my tickets changed: ASSIGNED, UNASSIGNED, CANCELLED or CHANGED. */
        void ticket(UUID ticketId, String kind);
    }

    private final HttpTransport transport;
    private final Supplier<String> token;
    private volatile HttpURLConnection connection;

    public EventStream(HttpTransport transport, Supplier<String> token) {
        this.transport = transport;
        this.token = token;
    }

    /** Reads events until the stream ends. Answers the HTTP status when the server refused to open it. */
    public int read(Listener listener) throws IOException {
        HttpURLConnection c = transport.open("/api/v1/dispatch/events", 90_000);
        connection = c;
        try {
            c.setRequestProperty("Accept", "text/event-stream");
            c.setRequestProperty("Authorization", "Bearer " + token.get());
            int status = c.getResponseCode();
            if (status != 200) {
                return status;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
            String event = "message";
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    dispatch(event, data.toString(), listener);
                    event = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).trim());
                }
            }
            return status;
        } finally {
            connection = null;
            c.disconnect();
        }
    }

    /** Ends a {@link #read} in progress (going off duty, signing out). */
    public void close() {
        HttpURLConnection c = connection;
        if (c != null) {
            c.disconnect();
        }
    }

    private static void dispatch(String event, String data, Listener listener) {
        if ("ready".equals(event)) {
            listener.connected();
        } else if ("ticket".equals(event)) {
            try {
                JsonObject json = JsonParser.parseString(data).getAsJsonObject();
                listener.ticket(
                        UUID.fromString(json.get("ticketId").getAsString()),
                        json.get("kind").getAsString());
            } catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException e) {
                // a malformed event is skipped: the next sync reads the truth anyway
            }
        }
    }
}
