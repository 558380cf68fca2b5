package com.intervo.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class InputRulesModuleTest {

    record Site(String name, List<String> lines) {}

    record Order(
            String note,
            LocalDate desiredDate,
            Instant at,
            BigDecimal latitude,
            Double amount,
            Map<String, Object> customFields,
            Site site) {}

    private final JsonMapper json =
            JsonMapper.builder().addModule(new InputRulesModule()).build();

    @Test
    void ordinaryValuesPass() {
        Order order = json.readValue("""
                {"note":"two lines\\nand a\\ttab","desiredDate":"2027-01-31","at":"2026-12-07T10:00:00Z",
                 "latitude":44.43,"amount":12.5,"customFields":{"colour":"red","due":"2027-01-01"},
                 "site":{"name":"Str. Lalelelor 1","lines":["a","b"]}}""", Order.class);
        assertThat(order.note()).isEqualTo("two lines\nand a\ttab");
        assertThat(order.desiredDate()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(order.customFields()).containsEntry("colour", "red");
    }

    @Test
    void nulAndControlCharactersAreRefusedNamingTheField() {
        assertRefused("{\"note\":\"a\\u0000b\"}", "note", InputRules.CONTROL_CHARACTER);
        assertRefused("{\"site\":{\"name\":\"x\\u0007\"}}", "site.name", InputRules.CONTROL_CHARACTER);
        assertRefused("{\"site\":{\"lines\":[\"ok\",\"\\u001b[31m\"]}}", "site.lines[1]", InputRules.CONTROL_CHARACTER);
        assertRefused("{\"customFields\":{\"k\":\"v\\u0000\"}}", "customFields.k", InputRules.CONTROL_CHARACTER);
        assertRefused("{\"customFields\":{\"k\\u0000\":\"v\"}}", "customFields", InputRules.CONTROL_CHARACTER);
    }

    @Test
    void extremeDatesAndNumbersAreRefused() {
        assertRefused("{\"desiredDate\":\"+999999999-12-31\"}", "desiredDate", InputRules.DATE_OUT_OF_RANGE);
        assertRefused("{\"desiredDate\":\"-999999999-01-01\"}", "desiredDate", InputRules.DATE_OUT_OF_RANGE);
        assertRefused("{\"at\":\"+100000-01-01T00:00:00Z\"}", "at", InputRules.DATE_OUT_OF_RANGE);
        assertRefused("{\"latitude\":1e308}", "latitude", InputRules.NUMBER_OUT_OF_RANGE);
        assertRefused("{\"amount\":\"NaN\"}", "amount", InputRules.NUMBER_OUT_OF_RANGE);
        assertRefused("{\"amount\":-1e300}", "amount", InputRules.NUMBER_OUT_OF_RANGE);
    }

    private void assertRefused(String body, String path, String reason) {
        assertThatThrownBy(() -> json.readValue(body, Order.class))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> {
                    assertThat(e.reasonKey()).isEqualTo(reason);
                    assertThat(ApiExceptionHandler.path(e)).startsWith(path);
                });
    }
}
