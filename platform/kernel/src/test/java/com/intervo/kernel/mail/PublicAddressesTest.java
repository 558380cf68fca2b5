package com.intervo.kernel.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PublicAddressesTest {

    @Test
    void bindsThePublicUrlAndTheSenderFromTheIntervoProperties() {
        PublicAddresses addresses = bind(Map.of(
                "intervo.public-url",
                "https://app.intervo.ro//",
                "intervo.mail.from",
                "Intervo <no-reply@intervo.ro>",
                "intervo.mail.outbox.batch-size",
                "5"));
        assertThat(addresses.publicUrl()).isEqualTo("https://app.intervo.ro");
        assertThat(addresses.mailFrom()).isEqualTo("Intervo <no-reply@intervo.ro>");
    }

    @Test
    void withoutPropertiesTheLocalDefaultsHold() {
        PublicAddresses addresses = bind(Map.of("intervo.mail.outbox.batch-size", "5"));
        assertThat(addresses.publicUrl()).isEqualTo("http://localhost:8080");
        assertThat(addresses.mailFrom()).isEqualTo("Intervo <no-reply@localhost>");
    }

    private static PublicAddresses bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("intervo", PublicAddresses.class);
    }
}
