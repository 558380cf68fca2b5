package com.intervo.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.StatementCounts;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the workshop's API reads cost in SQL statements: one sheet, and the queue whatever its length. */
@TenantIntegrationTest
class WorkshopStatementBudgetsIT {

    @Autowired
    TenantFixtures fixtures;

    @LocalServerPort
    int port;

    Http http;
    String dispatcher;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        dispatcher = fixtures.token(tenant, "dispatcher");
        StatementCounts.clear();
    }

    @Test
    void oneSheetAndTheQueueStayWithinTheirBudgets() throws Exception {
        String id = null;
        for (int i = 0; i < 3; i++) {
            id = create(i);
        }
        assertThat(http.get("/api/v1/workshop/sheets/" + id, dispatcher).statusCode())
                .isEqualTo(200);
        within("GET", "/api/v1/workshop/sheets/" + id, 8);

        assertThat(http.get("/api/v1/workshop/sheets?limit=50", dispatcher).body())
                .contains("\"total\":3");
        StatementCounts.Request three = within("GET", "/api/v1/workshop/sheets", 9);
        for (int i = 3; i < 12; i++) {
            create(i);
        }
        assertThat(http.get("/api/v1/workshop/sheets?limit=50", dispatcher).body())
                .contains("\"total\":12");
        StatementCounts.Request twelve = within("GET", "/api/v1/workshop/sheets", 9);
        assertThat(twelve.work()).as(twelve.toString()).isEqualTo(three.work());
    }

    private String create(int i) throws Exception {
        HttpResponse<String> created = http.postJson(
                "/api/v1/workshop/sheets",
                dispatcher,
                WorkshopApiIT.INLINE.formatted("IMEI-BUDGET-" + i).replace("Mihai Stoica", "Mihai Stoica " + i),
                "en");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return WorkshopApiIT.field(created.body(), "id");
    }

    private static StatementCounts.Request within(String method, String path, int budget) {
        StatementCounts.Request r = StatementCounts.last(method, path);
        StatementCounts.clear();
        assertThat(r.work()).as(r.toString()).isLessThanOrEqualTo(budget);
        assertThat(r.idleConnections()).as(r.toString()).isZero();
        return r;
    }
}
