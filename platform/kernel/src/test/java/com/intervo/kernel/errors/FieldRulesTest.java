package com.intervo.kernel.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldRulesTest {

    private final FieldRules rules = FieldRules.withKeys("dispatch.error");

    @Test
    void requiredTextIsStrippedAndRefusedWhenBlankOrTooLong() {
        assertThat(rules.required("  boiler  ", "problem", 6)).isEqualTo("boiler");
        assertRefused(() -> rules.required(" \t", "problem", 6), "dispatch.error.required", "problem");
        assertRefused(() -> rules.required(null, "problem", 6), "dispatch.error.required", "problem");
        assertThatThrownBy(() -> rules.required("boilers", "problem", 6))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("dispatch.error.too-long");
                    assertThat(e.field()).isEqualTo("problem");
                    assertThat(e.params()).containsExactly(6);
                    assertThat(e.kind().status()).isEqualTo(422);
                });
    }

    @Test
    void optionalTextIsNullWhenBlankElseLikeRequired() {
        assertThat(rules.optional("   ", "note", 3)).isNull();
        assertThat(rules.optional(null, "note", 3)).isNull();
        assertThat(rules.optional(" ab ", "note", 3)).isEqualTo("ab");
        assertRefused(() -> rules.optional("abcd", "note", 3), "dispatch.error.too-long", "note");
    }

    @Test
    void maxLengthCountsTheStrippedTextAndKeepsTheValue() {
        assertThat(rules.maxLength(" ab ", "name", 2)).isEqualTo(" ab ");
        assertThat(rules.maxLength(null, "name", 2)).isNull();
        assertRefused(() -> rules.maxLength("abc", "name", 2), "dispatch.error.too-long", "name");
    }

    @Test
    void moneyFitsTheMoneyColumns() {
        rules.money(null, "cost");
        rules.money(new BigDecimal("999999999999999.9999"), "cost");
        assertRefused(() -> rules.money(new BigDecimal("-0.01"), "cost"), "dispatch.error.money", "cost");
        assertRefused(() -> rules.money(new BigDecimal("1.00001"), "cost"), "dispatch.error.money", "cost");
        assertRefused(() -> rules.money(new BigDecimal("1000000000000000"), "cost"), "dispatch.error.money", "cost");
        assertRefused(() -> rules.requiredMoney(null, "price"), "dispatch.error.required", "price");
    }

    @Test
    void emailsAndCollections() {
        rules.email(null, "email");
        rules.email(" ana@example.com ", "email");
        assertRefused(() -> rules.email("ana@example", "email"), "dispatch.error.email", "email");
        rules.atMost(null, "lines", 1);
        assertRefused(() -> rules.atMost(List.of(1, 2), "lines", 1), "dispatch.error.too-many", "lines");
    }

    @Test
    void likeTermsEscapeWildcards() {
        assertThat(FieldRules.likeTerm(" 50%_A\\ ")).isEqualTo("50\\%\\_a\\\\");
    }

    private static void assertRefused(Runnable attempt, String key, String field) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
