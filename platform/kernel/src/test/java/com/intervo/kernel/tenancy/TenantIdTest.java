package com.intervo.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo", "acme", "ab", "service_co_2", "a234567890123456789012345678901"})
    void acceptsWellFormedKeys(String key) {
        assertThat(new TenantId(key).schema()).isEqualTo("t_" + key);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a",
                "1demo",
                "_demo",
                "Demo",
                "de-mo",
                "de mo",
                "demo;",
                "a2345678901234567890123456789012",
                "public",
                "platform",
                "no_tenant",
                "www",
                "api",
                "pg_catalog",
                "ştefan",
                "demo\n"
            })
    void refusesMalformedOrReservedKeys(String key) {
        assertThat(TenantId.isValid(key)).isFalse();
        assertThatThrownBy(() -> new TenantId(key))
                .isInstanceOf(InvalidTenantKeyException.class)
                .hasMessage("Invalid workspace name: must match [a-z][a-z0-9_]{1,30} and not be reserved");
    }

    @Test
    void refusesNull() {
        assertThat(TenantId.isValid(null)).isFalse();
        assertThatThrownBy(() -> new TenantId(null)).isInstanceOf(InvalidTenantKeyException.class);
    }

    @Test
    void theNoTenantSentinelMapsToASchemaThatNeverExists() {
        assertThat(TenantSchemas.schemaFor(TenantSchemas.NO_TENANT_ID)).isEqualTo(TenantSchemas.NO_TENANT);
        assertThat(TenantSchemas.schemaFor("demo")).isEqualTo("t_demo");
    }
}
