package com.intervo.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.crm.CustomerDraft;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.licensing.Entitlement;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.portal.PublicCodes;
import com.intervo.kernel.search.GlobalSearch;
import com.intervo.kernel.search.SearchHit;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.Intake;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.SheetIntake;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shell's search finds work items too: sheets by number and tracking code, tickets by number, per workspace. */
@TenantIntegrationTest
class WorkItemSearchIT {

    @Autowired
    DispatchFixtures fixtures;

    @Autowired
    TicketDesk desk;

    @Autowired
    SheetIntake sheetIntake;

    @Autowired
    GlobalSearch search;

    @Autowired
    Licenses licenses;

    @Test
    void sheetNumbersTrackingCodesAndTicketNumbersOpenTheirItem() {
        DispatchFixtures.Workspace ws = fixtures.workspace();
        DispatchFixtures.Workspace other = fixtures.workspace();
        licenses.grant(
                ws.tenant(),
                ModuleKey.WORKSHOP_SIMPLE,
                Instant.now().minus(1, ChronoUnit.DAYS),
                null,
                Entitlement.Source.MANUAL);
        TicketDetails ticket = fixtures.as(
                ws.tenant(),
                "dispatcher",
                () -> desk.open(TicketDraft.call(
                        ws.customerId(),
                        ws.siteId(),
                        ws.equipmentId(),
                        "No hot water",
                        TicketPriority.NORMAL,
                        LocalDate.now().plusDays(1))));
        SheetDetails sheet = fixtures.as(
                ws.tenant(),
                "dispatcher",
                () -> sheetIntake.intake(new Intake(
                        null,
                        null,
                        new CustomerDraft(
                                Customer.Kind.PERSON,
                                "Search Customer",
                                null,
                                null,
                                "0722 555 666",
                                "ro",
                                null,
                                Map.of(),
                                List.of(),
                                List.of()),
                        null,
                        new Equipment.Draft(
                                null, null, null, null, "SRCH-1", "Laptop", null, null, null, null, null, Map.of()),
                        "Does not boot",
                        null,
                        null,
                        null,
                        null,
                        Map.of(),
                        null,
                        false)));

        List<SearchHit> byTicket = fixtures.as(
                ws.tenant(), "dispatcher", () -> search.search(ticket.summary().number(), 8));
        assertThat(byTicket)
                .extracting(SearchHit::route)
                .contains("dispatch/tickets/" + ticket.summary().id());
        List<SearchHit> bySheet = fixtures.as(ws.tenant(), "dispatcher", () -> search.search(sheet.number(), 8));
        assertThat(bySheet).extracting(SearchHit::route).contains("workshop/sheets/" + sheet.id());
        // the code as printed on the receipt, with dashes, in lower case
        String printed = PublicCodes.display(sheet.trackingCode()).toLowerCase();
        assertThat(fixtures.as(ws.tenant(), "dispatcher", () -> search.search(printed, 8)))
                .extracting(SearchHit::route)
                .contains("workshop/sheets/" + sheet.id());
        // a technician finds an unassigned ticket, in the technician's own screen
        assertThat(fixtures.as(
                        ws.tenant(),
                        "technician",
                        () -> search.search(ticket.summary().number(), 8)))
                .extracting(SearchHit::route)
                .contains("dispatch/my/" + ticket.summary().id());

        // another workspace finds none of it, and without Workshop its sheets are not searched at all
        assertThat(fixtures.as(
                        other.tenant(),
                        "dispatcher",
                        () -> search.search(ticket.summary().number(), 8)))
                .extracting(SearchHit::route)
                .doesNotContain("dispatch/tickets/" + ticket.summary().id());
        assertThat(fixtures.as(other.tenant(), "dispatcher", () -> search.search(sheet.number(), 8)))
                .noneMatch(h -> h.kindKey().equals("workshop.search.sheet"));
    }
}
