package com.intervo.kernel.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the operator "operator" at start-up when {@code intervo.operator.bootstrap-password}
 * (INTERVO_OPERATOR_PASSWORD) is set and no operator exists yet. Without the property nothing happens.
 */
@Component
class OperatorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);

    private final OperatorSignIn operators;
    private final String password;

    OperatorBootstrap(
            OperatorSignIn operators,
            @Value("${intervo.operator.bootstrap-password:${INTERVO_OPERATOR_PASSWORD:}}") String password) {
        this.operators = operators;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password != null && !password.isBlank() && operators.bootstrap("operator", password)) {
            log.info("Created the platform operator \"operator\" from intervo.operator.bootstrap-password");
        }
    }
}
