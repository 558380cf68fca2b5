package com.intervo.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test context's billing at the JVM's {@link StripeStub}, and the stub's webhooks at the context's
 * port once the server runs.
 */
public class StripeStubInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        StripeStub stub = StripeStub.get();
        TestPropertyValues.of(
                        "intervo.billing.stripe.secret-key=" + StripeStub.SECRET_KEY,
                        "intervo.billing.stripe.webhook-secret=" + StripeStub.WEBHOOK_SECRET,
                        "intervo.billing.stripe.api-base=" + stub.baseUrl())
                .applyTo(context);
        // the application's own server, not the management server (its own port, its own child context)
        context.addApplicationListener((ApplicationListener<WebServerInitializedEvent>) event -> {
            if (event.getApplicationContext() == context) {
                stub.webhookTarget("http://localhost:" + event.getWebServer().getPort() + "/webhooks/stripe");
            }
        });
    }
}
