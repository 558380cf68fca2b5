package com.intervo.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the CRM's records answer other modules without asking the database. */
class CrmRecordsTest {

    private static final SiteRef HOME = new SiteRef(
            UUID.randomUUID(),
            "Home",
            "Str. Lalelelor 5, Cluj-Napoca",
            "Cluj-Napoca",
            "Cluj",
            new BigDecimal("46.77"),
            new BigDecimal("23.59"));
    private static final SiteRef OFFICE =
            new SiteRef(UUID.randomUUID(), "Office", "Bd. Eroilor 1, Cluj-Napoca", "Cluj-Napoca", "Cluj", null, null);

    private static CustomerRef customer(List<SiteRef> sites) {
        return new CustomerRef(UUID.randomUUID(), "PERSON", "Ana Lungu", null, null, null, "ro", true, sites);
    }

    @Test
    void theCustomersAddressIsItsFirstSitesAndASiteIsFoundOnlyAmongItsOwn() {
        CustomerRef ana = customer(List.of(HOME, OFFICE));
        assertThat(ana.address()).isEqualTo("Str. Lalelelor 5, Cluj-Napoca");
        assertThat(customer(List.of()).address()).isEmpty();
        assertThat(customer(null).sites()).isEmpty();
        assertThat(ana.site(OFFICE.id())).contains(OFFICE);
        assertThat(ana.site(UUID.randomUUID())).isEmpty();
        assertThat(ana.site(null)).isEmpty();
    }

    @Test
    void warrantyHoldsUpToAndIncludingItsLastDay() {
        LocalDate until = LocalDate.of(2027, 3, 31);
        EquipmentRef boiler = new EquipmentRef(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                "SN-1",
                "Boiler",
                null,
                null,
                "",
                "",
                "",
                null,
                until,
                null,
                null,
                true,
                null);
        assertThat(boiler.underWarrantyOn(until)).isTrue();
        assertThat(boiler.underWarrantyOn(until.plusDays(1))).isFalse();
        EquipmentRef noWarranty = new EquipmentRef(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                "SN-2",
                "Pump",
                null,
                null,
                "",
                "",
                "",
                null,
                null,
                null,
                null,
                true,
                null);
        assertThat(noWarranty.underWarrantyOn(until)).isFalse();
    }
}
