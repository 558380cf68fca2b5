package com.intervo.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.identity.PersonNames;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Screens name people ("Fixture dispatcher"), never by their internal reference ("t…/dispatcher"). */
@TenantIntegrationTest
class PeopleByNameIT extends SpringBrowserlessTest {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    SheetIntake sheetIntake;

    @Autowired
    PersonNames names;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void theStatusHistoryAndTheEquipmentTimelineShowTheNameOfWhoDidIt() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        fixtures.signIn(tenant, "dispatcher");
        SheetDetails sheet = TenantContext.callAs(
                tenant, () -> sheetIntake.intake(WorkshopSheetsIT.walkIn("NAMES-0001", "Does not charge")));
        fixtures.signIn(tenant, "admin");

        navigate("workshop/sheets/" + sheet.id(), Component.class);
        var history = test(find(Grid.class).withId("sheet-history").single());
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.getCellText(0, 4)).isEqualTo("Fixture dispatcher");

        navigate("equipment/" + sheet.equipmentId(), Component.class);
        assertThat(find(ListItem.class).all())
                .extracting(ListItem::getText)
                .anySatisfy(t -> assertThat(t).endsWith(": Fixture dispatcher"))
                .noneSatisfy(t -> assertThat(t).contains(tenant.key() + "/"));
    }

    @Test
    void namesAreLookedUpInTheWorkspaceOnlyAndUnknownReferencesStay() {
        TenantId a = fixtures.newTenant();
        TenantId b = fixtures.newTenant();
        Map<String, String> inA = TenantContext.callAs(
                a,
                () -> names.of(List.of(
                        a.key() + "/admin",
                        a.key() + "/TECHNICIAN",
                        b.key() + "/admin",
                        "system",
                        a.key() + "/nobody")));
        assertThat(inA)
                .containsEntry(a.key() + "/admin", "Fixture admin")
                .containsEntry(a.key() + "/TECHNICIAN", "Fixture technician")
                // another workspace's user is not looked up here
                .containsEntry(b.key() + "/admin", b.key() + "/admin")
                .containsEntry("system", "system")
                .containsEntry(a.key() + "/nobody", a.key() + "/nobody");
    }
}
