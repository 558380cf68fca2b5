package com.intervo.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local HTTP server that speaks the part of Stripe's API Intervo uses — customers, Checkout Sessions,
 * billing portal sessions, subscriptions, invoices — with state kept in memory, plus a hosted "checkout
 * page" a browser can pay on. Like Stripe it sends signed webhook events to the application; tests can
 * also send, replay and reorder events themselves. One instance per JVM.
 */
public final class StripeStub {

    public static final String SECRET_KEY = "sk_test_intervo_stub";
    public static final String WEBHOOK_SECRET = "whsec_intervo_stub";

    private static StripeStub instance;

    /** A signed event as Stripe sends it: its id, type, the Stripe customer it is about, and the JSON body. */
    public record Event(String id, String type, String customer, String payload) {}

    /** The webhook endpoint's answer to one delivery: the HTTP status and the body. */
    public record Answer(int status, String body) {

        private static final Pattern OUTCOME = Pattern.compile("\"outcome\"\\s*:\\s*\"([A-Z_]+)\"");

        /** What the application did with the event ({@code APPLIED}, {@code DUPLICATE}, …); null if it did not say. */
        public String outcome() {
            Matcher m = OUTCOME.matcher(body == null ? "" : body);
            return m.find() ? m.group(1) : null;
        }
    }

    /** One delivery of an event to the application (the first or a replay), with the answer it got. */
    public record SentEvent(String id, String type, String customer, String payload, Answer answer) {

        public int status() {
            return answer.status();
        }

        public Event event() {
            return new Event(id, type, customer, payload);
        }
    }

    private final HttpServer server;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "stripe-stub-webhooks");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger ids = new AtomicInteger(1000);
    private final Map<String, Map<String, Object>> customers = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> sessions = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> subscriptions = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> invoices = new ConcurrentHashMap<>();
    private final Map<String, Long> prices = new ConcurrentHashMap<>();
    private final List<SentEvent> sent = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    /** Batches of events Stripe sends on its own that are queued or being sent. */
    private final AtomicInteger pending = new AtomicInteger();

    private volatile String webhookTarget;
    private volatile java.util.concurrent.CompletableFuture<Void> gate =
            java.util.concurrent.CompletableFuture.completedFuture(null);

    private StripeStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "stripe-stub");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public static synchronized StripeStub get() {
        if (instance == null) {
            try {
                instance = new StripeStub();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start the Stripe stub", e);
            }
        }
        return instance;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Where the stub delivers webhook events (the application's {@code /webhooks/stripe}). */
    public void webhookTarget(String url) {
        this.webhookTarget = url;
    }

    /** The monthly amount, in cents, Stripe charges for a price; unknown prices cost 10.00. */
    public void price(String priceId, long cents) {
        prices.put(priceId, cents);
    }

    /** Holds back the events Stripe sends on its own (after a checkout or a change) until {@link #resume()}. */
    public void pause() {
        gate = new java.util.concurrent.CompletableFuture<>();
    }

    public void resume() {
        gate.complete(null);
    }

    /** "METHOD path" of every API call received, oldest first. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Every delivery to the application, replays included, oldest first — of every test in this JVM. */
    public List<SentEvent> sent() {
        return List.copyOf(sent);
    }

    /**
     * The deliveries about one Stripe customer, oldest first. Other tests' events (e.g. the late
     * {@code customer.subscription.updated} of an earlier test's change) are about other customers.
     */
    public List<SentEvent> sentTo(String customerId) {
        return sent.stream()
                .filter(e -> customerId != null && customerId.equals(e.customer()))
                .toList();
    }

    /** Waits until every event Stripe sends on its own (after a checkout or a change) has been delivered. */
    public void awaitIdle(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (pending.get() > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The Stripe stub still sends events after " + timeout);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A customer as the application left it: name, email, address, metadata and {@code tax_ids} (type, value). */
    public Map<String, Object> customerOfTenant(String tenantKey) {
        return customers.values().stream()
                .filter(c -> tenantKey.equals(((Map<?, ?>) c.get("metadata")).get("tenant")))
                .reduce((a, b) -> b)
                .orElse(null);
    }

    public Map<String, Object> subscription(String id) {
        return subscriptions.get(id);
    }

    /** The subscription of a customer the application created for a workspace (by its metadata). */
    public String subscriptionOfTenant(String tenantKey) {
        return subscriptions.values().stream()
                .filter(s -> tenantKey.equals(((Map<?, ?>) s.get("metadata")).get("tenant")))
                .map(s -> (String) s.get("id"))
                .reduce((a, b) -> b)
                .orElse(null);
    }

    public String sessionOfTenant(String tenantKey) {
        return sessions.values().stream()
                .filter(s -> tenantKey.equals(s.get("client_reference_id")))
                .map(s -> (String) s.get("id"))
                .reduce((a, b) -> b)
                .orElse(null);
    }

    // ---------------------------------------------------------------- what Stripe does on its own

    /**
     * The customer pays on the hosted checkout page: the subscription is created and paid, and the events
     * Stripe would send follow (asynchronously when {@code async}).
     */
    public String completeCheckout(String sessionId, boolean async) {
        List<Runnable> events;
        String result;
        synchronized (this) {
            Map<String, Object> session = sessions.get(sessionId);
            if (session == null) {
                throw new IllegalArgumentException("No such session " + sessionId);
            }
            if ("complete".equals(session.get("status"))) {
                return (String) session.get("subscription");
            }
            String subId = id("sub");
            Map<String, Object> sub = new LinkedHashMap<>();
            sub.put("id", subId);
            sub.put("object", "subscription");
            sub.put("customer", session.get("customer"));
            sub.put("status", "active");
            sub.put("created", now());
            sub.put("metadata", new LinkedHashMap<>(castMap(session.get("subscription_metadata"))));
            List<Map<String, Object>> items = new ArrayList<>();
            for (Map<String, String> line : castLines(session.get("lines"))) {
                items.add(item(line.get("price"), Long.parseLong(line.getOrDefault("quantity", "1"))));
            }
            sub.put("items", list(items, "/v1/subscription_items"));
            subscriptions.put(subId, sub);
            session.put("status", "complete");
            session.put("payment_status", "paid");
            session.put("subscription", subId);
            invoice(sub, "paid");
            Map<String, Object> created = copy(sub);
            Map<String, Object> paid = latestInvoice(subId);
            Map<String, Object> completed = publicSession(session);
            events = List.of(
                    () -> send("customer.subscription.created", created),
                    () -> send("invoice.paid", paid),
                    () -> send("checkout.session.completed", completed));
            result = subId;
        }
        // delivered outside the lock: the application calls back into the stub while handling them
        deliver(events, async);
        return result;
    }

    /** A renewal payment fails: the subscription is past due and an invoice stays open. */
    public void failPayment(String subId) {
        failPaymentUndelivered(subId).forEach(this::deliver);
    }

    /**
     * A renewal payment fails at Stripe, but its events ({@code invoice.payment_failed}, then
     * {@code customer.subscription.updated}) are handed to the caller instead of being sent, e.g. to deliver
     * one of them from two threads at once.
     */
    public List<Event> failPaymentUndelivered(String subId) {
        synchronized (this) {
            Map<String, Object> sub = subscriptions.get(subId);
            sub.put("status", "past_due");
            invoice(sub, "open");
            return List.of(
                    event("invoice.payment_failed", latestInvoice(subId)),
                    event("customer.subscription.updated", copy(sub)));
        }
    }

    /** The customer pays the open invoices (e.g. in the portal): the subscription is active again. */
    public void payOpenInvoices(String subId) {
        Map<String, Object> invoice;
        Map<String, Object> snapshot;
        synchronized (this) {
            Map<String, Object> sub = subscriptions.get(subId);
            invoices.values().stream()
                    .filter(i -> subId.equals(i.get("subscription")) && "open".equals(i.get("status")))
                    .forEach(i -> {
                        i.put("status", "paid");
                        i.put("amount_paid", i.get("total"));
                    });
            sub.put("status", "active");
            invoice = latestInvoice(subId);
            snapshot = copy(sub);
        }
        deliver(
                List.of(() -> send("invoice.paid", invoice), () -> send("customer.subscription.updated", snapshot)),
                false);
    }

    public void cancel(String subId) {
        Map<String, Object> snapshot;
        synchronized (this) {
            Map<String, Object> sub = subscriptions.get(subId);
            sub.put("status", "canceled");
            sub.put("canceled_at", now());
            snapshot = copy(sub);
        }
        deliver(List.of(() -> send("customer.subscription.deleted", snapshot)), false);
    }

    /** Sends a signed event with this object as {@code data.object}; returns the application's HTTP status. */
    public int send(String type, Map<String, Object> object) {
        return deliver(event(type, object)).status();
    }

    /** A new event with this object as {@code data.object}, not sent yet. */
    public Event event(String type, Map<String, Object> object) {
        String id = id("evt");
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("object", "event");
        event.put("api_version", "2025-10-29.clover");
        event.put("created", now());
        event.put("livemode", false);
        event.put("type", type);
        event.put("data", Map.of("object", object));
        Object customer = "customer".equals(object.get("object")) ? object.get("id") : object.get("customer");
        return new Event(id, type, customer == null ? null : customer.toString(), Json.write(event));
    }

    /** Delivers an event, freshly signed (as Stripe's retries are), and records the delivery with its answer. */
    public Answer deliver(Event event) {
        Answer answer = postForAnswer(
                event.payload(), signature(event.payload(), Instant.now().getEpochSecond(), WEBHOOK_SECRET));
        sent.add(new SentEvent(event.id(), event.type(), event.customer(), event.payload(), answer));
        return answer;
    }

    /** Posts a payload as it is with the given Stripe-Signature header (null: none); returns the HTTP status. */
    public int post(String payload, String signatureHeader) {
        return postForAnswer(payload, signatureHeader).status();
    }

    /** Posts a payload as it is with the given Stripe-Signature header (null: none); returns the answer. */
    public Answer postForAnswer(String payload, String signatureHeader) {
        if (webhookTarget == null) {
            throw new IllegalStateException("No webhook target set");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhookTarget))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        if (signatureHeader != null) {
            request.header("Stripe-Signature", signatureHeader);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A replay of an event sent before, freshly signed (as Stripe's retries are). */
    public Answer replay(SentEvent event) {
        return deliver(event.event());
    }

    /** Stripe's signature scheme: {@code t=<unix time>,v1=<hex HMAC-SHA256 of "t.payload">}. */
    public static String signature(String payload, long timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- HTTP

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            requests.add(method + " " + path);
            Map<String, String> params =
                    new TreeMap<>(form(exchange.getRequestURI().getRawQuery()));
            params.putAll(form(new String(readAll(exchange.getRequestBody()), StandardCharsets.UTF_8)));
            if (path.startsWith("/pay/")) {
                hostedCheckout(exchange, method, path.substring("/pay/".length()));
                return;
            }
            if (path.startsWith("/portal/")) {
                html(exchange, 200, "<html><body><h1 id='portal'>Stripe customer portal (stub)</h1></body></html>");
                return;
            }
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !auth.equals("Bearer " + SECRET_KEY)) {
                error(exchange, 401, "invalid_request_error", "Invalid API Key provided");
                return;
            }
            synchronized (this) {
                route(exchange, method, path, params);
            }
        } catch (RuntimeException e) {
            error(exchange, 500, "api_error", String.valueOf(e.getMessage()));
        }
    }

    private void route(HttpExchange exchange, String method, String path, Map<String, String> params)
            throws IOException {
        if (method.equals("POST") && path.equals("/v1/customers")) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", id("cus"));
            c.put("object", "customer");
            c.put("email", params.get("email"));
            c.put("name", params.get("name"));
            c.put("metadata", metadata(params, "metadata"));
            c.put("address", metadata(params, "address"));
            c.put("tax_ids", new java.util.concurrent.CopyOnWriteArrayList<Map<String, Object>>());
            customers.put((String) c.get("id"), c);
            json(exchange, 200, publicCustomer(c));
        } else if (path.startsWith("/v1/customers/")) {
            customerCall(
                    exchange, method, path.substring("/v1/customers/".length()).split("/"), params);
        } else if (method.equals("POST") && path.equals("/v1/checkout/sessions")) {
            if (!customers.containsKey(params.get("customer"))) {
                error(exchange, 400, "invalid_request_error", "No such customer: " + params.get("customer"));
                return;
            }
            Map<String, Object> s = new LinkedHashMap<>();
            String id = id("cs_test");
            s.put("id", id);
            s.put("object", "checkout.session");
            s.put("mode", params.get("mode"));
            s.put("customer", params.get("customer"));
            s.put("client_reference_id", params.get("client_reference_id"));
            s.put("success_url", params.get("success_url"));
            s.put("cancel_url", params.get("cancel_url"));
            s.put("metadata", metadata(params, "metadata"));
            s.put("subscription_metadata", metadata(params, "subscription_data[metadata]"));
            s.put("status", "open");
            s.put("url", baseUrl() + "/pay/" + id);
            s.put("lines", lines(params, "line_items"));
            sessions.put(id, s);
            json(exchange, 200, publicSession(s));
        } else if (method.equals("POST") && path.equals("/v1/billing_portal/sessions")) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", id("bps"));
            p.put("object", "billing_portal.session");
            p.put("customer", params.get("customer"));
            p.put("return_url", params.get("return_url"));
            p.put("url", baseUrl() + "/portal/" + params.get("customer"));
            json(exchange, 200, p);
        } else if (path.startsWith("/v1/subscriptions/")) {
            String id = path.substring("/v1/subscriptions/".length());
            Map<String, Object> sub = subscriptions.get(id);
            if (sub == null) {
                error(exchange, 404, "invalid_request_error", "No such subscription: '" + id + "'");
                return;
            }
            if (method.equals("POST")) {
                updateItems(sub, lines(params, "items"));
                Map<String, Object> snapshot = copy(sub);
                deliver(List.of(() -> send("customer.subscription.updated", snapshot)), true);
            }
            json(exchange, 200, sub);
        } else if (method.equals("GET") && path.equals("/v1/invoices")) {
            String customer = params.get("customer");
            List<Map<String, Object>> found = invoices.values().stream()
                    .filter(i -> customer == null || customer.equals(i.get("customer")))
                    .sorted((a, b) -> Long.compare((Long) b.get("created"), (Long) a.get("created")))
                    .toList();
            json(exchange, 200, list(found, "/v1/invoices"));
        } else {
            error(exchange, 404, "invalid_request_error", "Unrecognized request URL (" + method + ": " + path + ")");
        }
    }

    /** A customer's update and its tax ids, as Stripe answers them (eu_vat values are checked for their form). */
    @SuppressWarnings("unchecked")
    private void customerCall(HttpExchange exchange, String method, String[] parts, Map<String, String> params)
            throws IOException {
        Map<String, Object> c = customers.get(parts[0]);
        if (c == null) {
            error(exchange, 404, "invalid_request_error", "No such customer: '" + parts[0] + "'");
            return;
        }
        List<Map<String, Object>> taxIds = (List<Map<String, Object>>) c.get("tax_ids");
        if (parts.length == 1 && method.equals("POST")) {
            params.forEach((k, v) -> {
                if (k.equals("name") || k.equals("email")) {
                    c.put(k, v);
                }
            });
            Map<String, Object> address = metadata(params, "address");
            if (!address.isEmpty()) {
                c.put("address", address);
            }
            json(exchange, 200, publicCustomer(c));
        } else if (parts.length == 2 && parts[1].equals("tax_ids") && method.equals("GET")) {
            json(exchange, 200, list(List.copyOf(taxIds), "/v1/customers/" + parts[0] + "/tax_ids"));
        } else if (parts.length == 2 && parts[1].equals("tax_ids") && method.equals("POST")) {
            String type = params.get("type");
            String value = params.get("value");
            if (type == null || value == null || (type.equals("eu_vat") && !value.matches("[A-Z]{2}[0-9A-Z]{2,13}"))) {
                error(exchange, 400, "invalid_request_error", "Invalid value for " + type + ".");
                return;
            }
            Map<String, Object> taxId = new LinkedHashMap<>();
            taxId.put("id", id("txi"));
            taxId.put("object", "tax_id");
            taxId.put("type", type);
            taxId.put("value", value);
            taxId.put("customer", parts[0]);
            taxIds.add(taxId);
            json(exchange, 200, taxId);
        } else if (parts.length == 3 && parts[1].equals("tax_ids") && method.equals("DELETE")) {
            boolean removed = taxIds.removeIf(t -> parts[2].equals(t.get("id")));
            if (!removed) {
                error(exchange, 404, "invalid_request_error", "No such tax id: '" + parts[2] + "'");
                return;
            }
            json(exchange, 200, Map.of("id", parts[2], "object", "tax_id", "deleted", true));
        } else {
            error(exchange, 404, "invalid_request_error", "Unrecognized request URL (" + method + ")");
        }
    }

    private static Map<String, Object> publicCustomer(Map<String, Object> c) {
        Map<String, Object> copy = new LinkedHashMap<>(c);
        copy.remove("tax_ids");
        return copy;
    }

    /** The page Stripe Checkout would show: the lines, a Pay button and a way back. */
    private void hostedCheckout(HttpExchange exchange, String method, String rest) throws IOException {
        String id = rest.split("/")[0];
        Map<String, Object> session = sessions.get(id);
        if (session == null) {
            html(exchange, 404, "<html><body>No such checkout session</body></html>");
            return;
        }
        if (method.equals("POST")) {
            completeCheckout(id, true);
            exchange.getResponseHeaders().add("Location", (String) session.get("success_url"));
            exchange.sendResponseHeaders(303, -1);
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (Map<String, String> line : castLines(session.get("lines"))) {
            lines.append("<li>")
                    .append(line.get("price"))
                    .append(" × ")
                    .append(line.getOrDefault("quantity", "1"))
                    .append("</li>");
        }
        html(
                exchange,
                200,
                "<html><head><title>Checkout (Stripe stub)</title></head><body><h1>Pay Intervo</h1><ul id='lines'>"
                        + lines + "</ul><form method='post' action='/pay/" + id
                        + "'><button id='pay' type='submit'>Pay</button></form>"
                        + "<a id='cancel' href='" + session.get("cancel_url") + "'>Cancel</a></body></html>");
    }

    private void updateItems(Map<String, Object> sub, List<Map<String, String>> changes) {
        List<Map<String, Object>> items = new ArrayList<>(castItems(sub));
        for (Map<String, String> change : changes) {
            if (change.containsKey("id")) {
                Map<String, Object> existing = items.stream()
                        .filter(i -> i.get("id").equals(change.get("id")))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("No such item " + change.get("id")));
                if ("true".equals(change.get("deleted"))) {
                    items.remove(existing);
                } else if (change.containsKey("quantity")) {
                    existing.put("quantity", Long.parseLong(change.get("quantity")));
                }
            } else {
                items.add(item(change.get("price"), Long.parseLong(change.getOrDefault("quantity", "1"))));
            }
        }
        sub.put("items", list(items, "/v1/subscription_items"));
    }

    private Map<String, Object> item(String price, long quantity) {
        long start = now();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", price);
        p.put("object", "price");
        p.put("currency", "eur");
        p.put("unit_amount", prices.getOrDefault(price, 1000L));
        p.put("recurring", Map.of("interval", "month", "interval_count", 1));
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("id", id("si"));
        i.put("object", "subscription_item");
        i.put("quantity", quantity);
        i.put("current_period_start", start);
        i.put("current_period_end", start + 30L * 24 * 3600);
        i.put("price", p);
        return i;
    }

    private void invoice(Map<String, Object> sub, String status) {
        long total = castItems(sub).stream()
                .mapToLong(i -> (Long) ((Map<?, ?>) i.get("price")).get("unit_amount") * (Long) i.get("quantity"))
                .sum();
        Map<String, Object> inv = new LinkedHashMap<>();
        String id = id("in");
        inv.put("id", id);
        inv.put("object", "invoice");
        inv.put("customer", sub.get("customer"));
        inv.put("subscription", sub.get("id"));
        inv.put("number", "STUB-" + (invoices.size() + 1));
        inv.put("created", now() + invoices.size());
        inv.put("currency", "eur");
        inv.put("total", total);
        inv.put("amount_due", total);
        inv.put("amount_paid", "paid".equals(status) ? total : 0);
        inv.put("status", status);
        inv.put("hosted_invoice_url", baseUrl() + "/invoice/" + id);
        inv.put("invoice_pdf", baseUrl() + "/invoice/" + id + "/pdf");
        invoices.put(id, inv);
    }

    private Map<String, Object> latestInvoice(String subId) {
        return invoices.values().stream()
                .filter(i -> subId.equals(i.get("subscription")))
                .max((a, b) -> Long.compare((Long) a.get("created"), (Long) b.get("created")))
                .map(this::copy)
                .orElseThrow();
    }

    private Map<String, Object> publicSession(Map<String, Object> s) {
        Map<String, Object> copy = new LinkedHashMap<>(s);
        copy.remove("lines");
        copy.remove("subscription_metadata");
        return copy;
    }

    private void deliver(List<Runnable> events, boolean async) {
        if (async) {
            java.util.concurrent.CompletableFuture<Void> open = gate;
            pending.incrementAndGet();
            sender.submit(() -> {
                try {
                    open.join();
                    Thread.sleep(300);
                    events.forEach(Runnable::run);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    pending.decrementAndGet();
                }
            });
        } else {
            events.forEach(Runnable::run);
        }
    }

    private Map<String, Object> copy(Map<String, Object> object) {
        return Json.copy(object);
    }

    private String id(String prefix) {
        return prefix + "_" + ids.incrementAndGet();
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static Map<String, Object> list(List<Map<String, Object>> data, String url) {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("object", "list");
        list.put("data", data);
        list.put("has_more", false);
        list.put("url", url);
        return list;
    }

    /** {@code prefix[key]=value} pairs as a map. */
    private static Map<String, Object> metadata(Map<String, String> params, String prefix) {
        Map<String, Object> result = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith(prefix + "[") && k.endsWith("]") && k.indexOf('[', prefix.length() + 1) < 0) {
                result.put(k.substring(prefix.length() + 1, k.length() - 1), v);
            }
        });
        return result;
    }

    /** {@code prefix[0][price]=..&prefix[0][quantity]=..} as a list of maps, in index order. */
    private static List<Map<String, String>> lines(Map<String, String> params, String prefix) {
        Map<Integer, Map<String, String>> byIndex = new TreeMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith(prefix + "[")) {
                String rest = k.substring(prefix.length() + 1);
                int close = rest.indexOf(']');
                if (close > 0 && rest.startsWith("[", close + 1)) {
                    int index = Integer.parseInt(rest.substring(0, close));
                    String field = rest.substring(close + 2, rest.length() - 1);
                    byIndex.computeIfAbsent(index, i -> new LinkedHashMap<>()).put(field, v);
                }
            }
        });
        return new ArrayList<>(byIndex.values());
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> result = new LinkedHashMap<>();
        if (encoded == null || encoded.isBlank()) {
            return result;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            result.put(key, value);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> castLines(Object o) {
        return o == null ? List.of() : (List<Map<String, String>>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castItems(Map<String, Object> sub) {
        return (List<Map<String, Object>>) ((Map<String, Object>) sub.get("items")).get("data");
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Request-Id", "req_stub");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void html(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        json(exchange, status, Map.of("error", Map.of("type", type, "message", message)));
    }

    /** Just enough JSON for Stripe's objects: maps, lists, strings, numbers, booleans, null. */
    static final class Json {

        private Json() {}

        static String write(Object value) {
            StringBuilder b = new StringBuilder();
            write(b, value);
            return b.toString();
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> copy(Map<String, Object> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(
                    k,
                    v instanceof Map<?, ?> m
                            ? copy((Map<String, Object>) m)
                            : v instanceof List<?> l
                                    ? Collections.unmodifiableList(l.stream()
                                            .map(e -> e instanceof Map<?, ?> em
                                                    ? (Object) copy((Map<String, Object>) em)
                                                    : e)
                                            .toList())
                                    : v));
            return result;
        }

        private static void write(StringBuilder b, Object value) {
            if (value == null) {
                b.append("null");
            } else if (value instanceof String s) {
                b.append('"');
                for (char c : s.toCharArray()) {
                    switch (c) {
                        case '"' -> b.append("\\\"");
                        case '\\' -> b.append("\\\\");
                        case '\n' -> b.append("\\n");
                        case '\r' -> b.append("\\r");
                        case '\t' -> b.append("\\t");
                        default -> {
                            if (c < 0x20) {
                                b.append(String.format("\\u%04x", (int) c));
                            } else {
                                b.append(c);
                            }
                        }
                    }
                }
                b.append('"');
            } else if (value instanceof Number || value instanceof Boolean) {
                b.append(value);
            } else if (value instanceof Map<?, ?> map) {
                b.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!first) {
                        b.append(',');
                    }
                    first = false;
                    write(b, String.valueOf(e.getKey()));
                    b.append(':');
                    write(b, e.getValue());
                }
                b.append('}');
            } else if (value instanceof List<?> list) {
                b.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        b.append(',');
                    }
                    write(b, list.get(i));
                }
                b.append(']');
            } else {
                write(b, value.toString());
            }
        }
    }
}
