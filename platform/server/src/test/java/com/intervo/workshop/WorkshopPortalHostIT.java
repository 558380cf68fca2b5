package com.intervo.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** On a workspace's host the tracking portal finds only that workspace's codes. */
@TenantIntegrationTest
class WorkshopPortalHostIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    SheetIntake sheetIntake;

    @Autowired
    TrackingPortal portal;

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        portal.resetLimits();
    }

    @AfterEach
    void tearDown() {
        portal.resetLimits();
        fixtures.signOut();
        TenantContext.clear();
    }

    @Test
    void anotherWorkspacesCodeIsUnknownOnThisWorkspacesHost() throws Exception {
        TenantId owner = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        TenantId other = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        fixtures.signIn(owner, "dispatcher");
        SheetDetails sheet =
                TenantContext.callAs(owner, () -> sheetIntake.intake(WorkshopSheetsIT.walkIn("SN-HOST-1", "Screen")));
        fixtures.signOut();
        String code = sheet.trackingCode();

        assertThat(http.get("/portal/api/track/" + code + "?lang=en", null, owner.key() + ".localhost")
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.get("/portal/api/track/" + code + "?lang=en", null).statusCode())
                .isEqualTo(200);
        HttpResponse<String> elsewhere =
                http.get("/portal/api/track/" + code + "?lang=en", null, other.key() + ".localhost");
        HttpResponse<String> unknown =
                http.get("/portal/api/track/ABCDEFGHJKMN?lang=en", null, other.key() + ".localhost");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(Http.field(elsewhere.body(), "detail")).isEqualTo(Http.field(unknown.body(), "detail"));
        assertThat(Http.field(elsewhere.body(), "type")).isEqualTo(Http.field(unknown.body(), "type"));
        assertThat(elsewhere.body()).doesNotContain(sheet.number());
        assertThat(http.get("/portal/api/track/" + code + "/intake.pdf", null, other.key() + ".localhost")
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.get("/portal/api/track/" + code + "/intake.pdf", null, owner.key() + ".localhost")
                        .statusCode())
                .isEqualTo(200);
        // the /track page asks the portal with its request's host the same way
        assertThat(portal.track("198.51.100.90", other.key() + ".localhost:8080", code, Locale.ENGLISH)
                        .outcome())
                .isEqualTo(TrackingPortal.Outcome.NOT_FOUND);
        assertThat(portal.track("198.51.100.90", owner.key() + ".localhost:8080", code, Locale.ENGLISH)
                        .outcome())
                .isEqualTo(TrackingPortal.Outcome.FOUND);
    }
}
