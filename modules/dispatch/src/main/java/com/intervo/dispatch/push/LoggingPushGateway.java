package com.intervo.dispatch.push;

import com.intervo.dispatch.PushGateway;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default when no push service is configured: the message is logged; the in-app list still has it. */
class LoggingPushGateway implements PushGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingPushGateway.class);

    @Override
    public Outcome send(List<String> tokens, PushMessage message) {
        log.info(
                "Push (not configured, {} device(s)): {} — {} {}",
                tokens.size(),
                message.title(),
                message.body(),
                message.data());
        return new Outcome(0, List.of(), List.of());
    }

    @Override
    public String name() {
        return "log";
    }
}
