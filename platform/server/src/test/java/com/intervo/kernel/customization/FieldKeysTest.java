package com.intervo.kernel.customization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keys made from labels people type, in any of the product's languages. */
class FieldKeysTest {

    @Test
    void labelsBecomeReadableAsciiKeys() {
        assertThat(FieldKeys.slug("Număr de inventar", "field")).isEqualTo("numar_de_inventar");
        assertThat(FieldKeys.slug("Пломба №", "field")).isEqualTo("plomba_no");
        assertThat(FieldKeys.slug("Výrobní číslo", "field")).isEqualTo("vyrobni_cislo");
        assertThat(FieldKeys.slug("2nd phone", "field")).isEqualTo("field_2nd_phone");
        assertThat(FieldKeys.slug("!!!", "field")).isEqualTo("field");
        assertThat(FieldKeys.slug("a".repeat(60), "field")).hasSize(40);
        assertThat(CustomFieldService.KEY
                        .matcher(FieldKeys.slug("Ελληνικά ετικέτα", "field"))
                        .matches())
                .isTrue();
    }

    @Test
    void aTakenKeyGetsANumber() {
        Set<String> taken = Set.of("tier", "tier_2");
        assertThat(FieldKeys.unique("tier", 40, taken::contains)).isEqualTo("tier_3");
        assertThat(FieldKeys.unique("b".repeat(40), 40, Set.of("b".repeat(40))::contains))
                .isEqualTo("b".repeat(38) + "_2");
    }
}
