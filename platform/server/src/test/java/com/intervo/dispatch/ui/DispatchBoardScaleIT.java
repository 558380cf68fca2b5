package com.intervo.dispatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.dispatch.BoardFilter;
import com.intervo.dispatch.BoardSeed;
import com.intervo.dispatch.DispatchFixturesAccess;
import com.intervo.dispatch.TechnicianLoad;
import com.intervo.dispatch.TicketBoard;
import com.intervo.dispatch.TicketSummary;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.ui.map.LeafletMap;
import com.intervo.testsupport.StatementCounts;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.lang.reflect.Method;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The board of a workspace with 50,000 open tickets and 500 technicians reads only what it shows: a page of each
 * list, the counts from count queries, at most the cap of markers on the map (clusters beyond it), and a bounded
 * number of statements. And another workspace's board never shows any of it.
 */
@TenantIntegrationTest
class DispatchBoardScaleIT extends SpringBrowserlessTest {

    static final int TICKETS = 50_000;
    static final int TECHNICIANS = 500;

    @Autowired
    DispatchFixturesAccess dispatch;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TicketBoard board;

    /** Seeded once for the class: it takes some seconds. */
    static TenantId large;

    @AfterEach
    void signOut() {
        fixtures.signOut();
        TenantContext.clear();
    }

    private TenantId large() {
        if (large == null) {
            DispatchFixturesAccess.Workspace ws = dispatch.workspace();
            BoardSeed.seed(jdbc, ws.tenant(), TICKETS, TECHNICIANS);
            large = ws.tenant();
        }
        return large;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFirstRenderReadsAPageOfEachListTheCountsAndAtMostTheCapOfMarkers() {
        TenantId tenant = large();
        fixtures.signIn(tenant, "dispatcher");
        StatementCounts.Work render = StatementCounts.onThisThread(() -> {
            navigate("dispatch", Component.class);
            // the grids read their first page and the response is written, as for the browser's first request
            MockVaadin.clientRoundtrip();
        });
        assertThat(find(Span.class).withId("board-queue-count").single().getText())
                .isEqualTo(String.valueOf(TICKETS / 10));
        assertThat(find(Span.class).withId("board-active-count").single().getText())
                .isEqualTo(String.valueOf(TICKETS - TICKETS / 10));
        Grid<TicketSummary> queue = find(Grid.class).withId("board-queue").single();
        Grid<TicketSummary> active = find(Grid.class).withId("board-active").single();
        Grid<TechnicianLoad> technicians =
                find(Grid.class).withId("board-technicians").single();
        assertThat(test(queue).size()).isEqualTo(TICKETS / 10);
        assertThat(test(active).size()).isEqualTo(TICKETS - TICKETS / 10);
        // the fixture's two technicians and the seeded ones
        assertThat(test(technicians).size()).isEqualTo(TECHNICIANS + 2);
        // the board's order: the most urgent first
        assertThat(test(queue).getRow(0).priority()).isEqualTo(com.intervo.dispatch.TicketPriority.URGENT);
        // the map: clusters count every ticket of the workspace, and no more than the cap are markers
        LeafletMap map = find(LeafletMap.class).withId("board-map").single();
        assertThat(map.getMarkers().size())
                .isLessThanOrEqualTo(TicketBoard.TICKET_MARKERS + TicketBoard.TECHNICIAN_MARKERS);
        assertThat(map.getClusters()).isNotEmpty();
        long clustered = map.getClusters().stream()
                .filter(c -> "#6d4c41".equals(c.colour()))
                .mapToLong(LeafletMap.Cluster::count)
                .sum();
        assertThat(clustered).isEqualTo(TICKETS);
        // what the render read from the database: a few pages, never the workspace
        System.out.printf(
                "first render of the board at %,d tickets: %d statements, %d connections, %d rows%n",
                TICKETS, render.statements(), render.connections(), render.rows());
        // the count sees the render's reads at all: at least the first page of each list
        assertThat(render.rows())
                .as("rows read by the first render: %s", render)
                .isGreaterThanOrEqualTo(25);
        assertThat(render.rows())
                .as("rows read by the first render: %s", render)
                .isLessThan(2_000);
        assertThat(render.statements())
                .as("statements of the first render: %s", render)
                .isLessThanOrEqualTo(60);
    }

    @Test
    void movingTheMapReadsWhatIsInSightAndAtMostTheCap() throws Exception {
        TenantId tenant = large();
        fixtures.signIn(tenant, "dispatcher");
        navigate("dispatch", Component.class);
        LeafletMap map = find(LeafletMap.class).withId("board-map").single();
        Method moved = LeafletMap.class.getDeclaredMethod(
                "viewChanged", double.class, double.class, double.class, double.class, int.class, int.class, int.class);
        moved.setAccessible(true);
        // a town's worth of the map: markers only, every one in sight
        StatementCounts.Work town = StatementCounts.onThisThread(() -> {
            try {
                moved.invoke(map, 45.0, 23.0, 45.3, 23.4, 11, 800, 600);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(map.getClusters()).isEmpty();
        assertThat(map.getMarkers()).isNotEmpty();
        assertThat(map.getMarkers().size())
                .isLessThanOrEqualTo(TicketBoard.TICKET_MARKERS + TicketBoard.TECHNICIAN_MARKERS);
        assertThat(map.getMarkers())
                .allSatisfy(m -> assertThat(m.lat()).isBetween(45.0, 45.3))
                .allSatisfy(m -> assertThat(m.lng()).isBetween(23.0, 23.4));
        assertThat(town.statements())
                .as("statements for the moved map: %s", town)
                .isPositive();
        assertThat(town.rows()).as("rows read for the moved map: %s", town).isLessThan(1_000);
        // the whole country again: clusters, with the cap of markers at most
        moved.invoke(map, 43.5, 20.0, 48.5, 30.0, 7, 800, 600);
        assertThat(map.getClusters()).isNotEmpty();
        assertThat(map.getMarkers().size())
                .isLessThanOrEqualTo(TicketBoard.TICKET_MARKERS + TicketBoard.TECHNICIAN_MARKERS);
        int wide = map.getClusters().size();
        // the same country on a phone (320 × 300 px): a 3 × 3 grid per kind, clusters that do not cover each other
        moved.invoke(map, 43.5, 20.0, 48.5, 30.0, 7, 320, 300);
        assertThat(map.getClusters()).isNotEmpty().hasSizeLessThanOrEqualTo(2 * 3 * 3);
        assertThat(map.getClusters().size()).isLessThan(wide);
    }

    @Test
    void anotherWorkspacesBoardNeverShowsTheseTicketsOrTechnicians() {
        TenantId seeded = large();
        DispatchFixturesAccess.Workspace other = dispatch.workspace();
        fixtures.signIn(other.tenant(), "dispatcher");
        assertThat(other.tenant()).isNotEqualTo(seeded);
        BoardFilter open = BoardFilter.open();
        List<TicketSummary> queue = board.page(TicketBoard.Lane.QUEUE, open, null, 0, 100);
        List<TicketSummary> active = board.page(TicketBoard.Lane.ACTIVE, open, null, 0, 100);
        assertThat(queue).isEmpty();
        assertThat(active).isEmpty();
        assertThat(board.counts(open)).isEqualTo(new TicketBoard.Counts(0, 0));
        List<TechnicianLoad> technicians = board.technicians(null, 0, 1000);
        assertThat(technicians).hasSize(2).noneMatch(t -> t.displayName().startsWith("Scale Technician"));
        assertThat(board.technicianCount()).isEqualTo(2);
        TicketBoard.MapView map = board.map(open, new TicketBoard.Area(-90, -180, 90, 180));
        assertThat(map.tickets()).isEmpty();
        assertThat(map.ticketClusters()).isEmpty();
        assertThat(map.technicianClusters()).isEmpty();
        // a ticket of the seeded workspace, asked for by id from this one, is not found
        fixtures.signIn(seeded, "dispatcher");
        UUID foreign =
                board.page(TicketBoard.Lane.QUEUE, open, null, 0, 1).getFirst().id();
        fixtures.signIn(other.tenant(), "dispatcher");
        assertThat(board.ticket(foreign)).isEmpty();
        assertThat(board.mapTicket(foreign, open)).isEmpty();
        // and the view of this workspace shows none of it
        navigate("dispatch", Component.class);
        MockVaadin.clientRoundtrip();
        assertThat(find(Span.class).withId("board-queue-count").single().getText())
                .isEqualTo("0");
        assertThat(find(LeafletMap.class).withId("board-map").single().getMarkers())
                .noneMatch(m -> m.label().startsWith("S-") || m.label().startsWith("Scale Technician"));
    }
}
