package com.intervo.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The customer's e-mail texts: the shop's template with the sheet's values filled in. */
class CustomerMailsTest {

    @Test
    void placeholdersAreFilledAndUnknownOnesStay() {
        assertThat(CustomerMails.fill(
                        "{customer}, your {device} ({number}) is {status}. {unknown}",
                        Map.of(
                                "customer",
                                "Ana",
                                "device",
                                "Galaxy S21",
                                "number",
                                "FS-2026-00001",
                                "status",
                                "ready")))
                .isEqualTo("Ana, your Galaxy S21 (FS-2026-00001) is ready. {unknown}");
    }
}
