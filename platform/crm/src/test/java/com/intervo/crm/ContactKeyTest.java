package com.intervo.crm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What makes a new customer a probable duplicate of an existing one. */
class ContactKeyTest {

    @Test
    void aPhoneNumberIsItsLastNineDigitsWhateverTheFormat() {
        assertThat(ContactKey.of("+40 722 123 456", null).phone()).isEqualTo("722123456");
        assertThat(ContactKey.of("0722-123-456", null).phone()).isEqualTo("722123456");
        assertThat(ContactKey.of("(0722) 123456", null)).isEqualTo(ContactKey.of("0040722123456", ""));
    }

    @Test
    void fewerThanSixDigitsAreNoNumber() {
        assertThat(ContactKey.of("12345", null).phone()).isEmpty();
        assertThat(ContactKey.of("123456", null).phone()).isEqualTo("123456");
        assertThat(ContactKey.of("ext. 12", null).isEmpty()).isTrue();
    }

    @Test
    void anAddressIgnoresCaseAndSurroundingSpaces() {
        assertThat(ContactKey.of(null, " Ana.Lungu@Example.RO ").email()).isEqualTo("ana.lungu@example.ro");
        assertThat(ContactKey.of(null, null).isEmpty()).isTrue();
        assertThat(ContactKey.of(null, "ana@example.ro").isEmpty()).isFalse();
    }
}
