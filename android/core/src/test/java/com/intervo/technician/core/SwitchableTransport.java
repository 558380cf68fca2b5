package com.intervo.technician.core;

import com.intervo.technician.core.api.HttpTransport;
import com.intervo.technician.core.api.Transport;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Real HTTP to the server, with the phone's network switched off at will, and answers lost on the way back (the
 * server did the work, the phone never hears of it) for the calls a test chooses.
 */
final class SwitchableTransport implements Transport {

    private final HttpTransport http;
    volatile boolean online = true;
    private volatile Predicate<Request> loseAnswerOf = r -> false;
    final AtomicInteger lostAnswers = new AtomicInteger();
    final AtomicInteger requests = new AtomicInteger();

    SwitchableTransport(String baseUrl) {
        http = new HttpTransport(baseUrl);
    }

    HttpTransport http() {
        return http;
    }

    /** The next request matching is carried out by the server, and its answer is lost. */
    void loseNextAnswerOf(Predicate<Request> which) {
        loseAnswerOf = which;
    }

    @Override
    public Response send(Request request) throws IOException {
        if (!online) {
            throw new java.net.ConnectException("No network");
        }
        requests.incrementAndGet();
        Response response = http.send(request);
        if (loseAnswerOf.test(request)) {
            loseAnswerOf = r -> false;
            lostAnswers.incrementAndGet();
            throw new java.net.SocketTimeoutException("Answer lost");
        }
        return response;
    }
}
