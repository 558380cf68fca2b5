package com.intervo.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.portal.PublicCodes;
import com.intervo.kernel.security.SlidingWindowLimiter;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.Pdfs;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public tracking portal: status and protocols by code, nothing else; brute force throttled; embeddable. */
@TenantIntegrationTest
class WorkshopPortalIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    SheetIntake sheetIntake;

    @Autowired
    TrackingPortal portal;

    @Autowired
    Licenses licenses;

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

    SheetDetails sheetIn(TenantId tenant, String serial) {
        fixtures.signIn(tenant, "dispatcher");
        try {
            return TenantContext.callAs(
                    tenant, () -> sheetIntake.intake(WorkshopSheetsIT.walkIn(serial, "Secret problem of Ana")));
        } finally {
            fixtures.signOut();
        }
    }

    @Autowired
    com.intervo.kernel.company.CompanyProfiles company;

    private void companyDetails(TenantId tenant) {
        fixtures.signIn(tenant, "admin");
        try {
            TenantContext.runAs(
                    tenant,
                    () -> company.save(new com.intervo.kernel.company.CompanyDetails(
                            "Service Expert SRL",
                            "RO123",
                            null,
                            "Str. Lungă 5",
                            "Brașov",
                            null,
                            "500000",
                            "RO",
                            "0268 111 222",
                            "office@service.example",
                            null,
                            null,
                            null)));
        } finally {
            fixtures.signOut();
        }
    }

    @Test
    void aCodeShowsStatusDatesAndProtocolsOnly() throws Exception {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        companyDetails(tenant);
        SheetDetails sheet = sheetIn(tenant, "SN-PORTAL-1");
        String code = sheet.trackingCode();
        HttpResponse<String> found = http.get("/portal/api/track/" + code + "?lang=en", null);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.body())
                .contains("\"status\":\"Received\"")
                .contains(sheet.number())
                .contains("\"handoverProtocol\":false")
                .doesNotContain("Ana")
                .doesNotContain("Secret")
                .doesNotContain("SN-PORTAL")
                .doesNotContain(tenant.key())
                // who to call about it, what it is about, and what it costs so far
                .contains("\"shopName\":\"Service Expert SRL\"")
                .contains("\"shopPhone\":\"0268 111 222\"")
                .contains("\"device\":\"Samsung Galaxy S21\"")
                .contains("\"amount\":250.00")
                .contains("\"estimate\":true")
                .contains("\"textColour\":\"#");
        // typed with dashes and in lower case
        String typed = PublicCodes.display(code).toLowerCase();
        assertThat(http.get("/portal/api/track/" + typed + "?lang=ro", null).body())
                .contains("Recepționat");
        HttpResponse<byte[]> pdf = http.getBytes("/portal/api/track/" + code + "/intake.pdf", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        // the customer's own copy: the shop, the sheet, the device and its tracking code
        assertThat(Pdfs.text(pdf.body()))
                .contains(
                        "Service Expert SRL",
                        "Str. Lungă 5",
                        "Proces-verbal de preluare",
                        sheet.number(),
                        "Samsung Galaxy S21",
                        "SN-PORTAL-1",
                        PublicCodes.display(code));
        assertThat(http.get("/portal/api/track/" + code + "/handover.pdf", null).statusCode())
                .isEqualTo(404);

        HttpResponse<String> unknown = http.get("/portal/api/track/ABCDEFGHJKMN?lang=en", null);
        HttpResponse<String> malformed = http.get("/portal/api/track/hello?lang=en", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("could not find a repair");
        assertThat(detail(unknown.body())).isEqualTo(detail(malformed.body()));

        // a workspace without the workshop license answers like an unknown code
        licenses.revoke(tenant, ModuleKey.WORKSHOP_SIMPLE);
        HttpResponse<String> unlicensed = http.get("/portal/api/track/" + code + "?lang=en", null);
        assertThat(unlicensed.statusCode()).isEqualTo(404);
        assertThat(detail(unlicensed.body())).isEqualTo(detail(unknown.body()));
    }

    static String detail(String body) {
        return body.replaceAll("\"instance\":\"[^\"]*\",?", "");
    }

    @Test
    void guessingCodesIsThrottledPerAddress() throws Exception {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        String code = sheetIn(tenant, "SN-PORTAL-2").trackingCode();
        int limit = portal.settings().maxFailuresPerIp();
        for (int i = 0; i < limit; i++) {
            assertThat(http.get("/portal/api/track/ZZZZZZZZZZ" + (char) ('A' + i % 20) + "Z", null)
                            .statusCode())
                    .isEqualTo(404);
        }
        HttpResponse<String> throttled = http.get("/portal/api/track/ZZZZZZZZZZZZ", null);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        // once throttled, even a right code is refused from that address
        assertThat(http.get("/portal/api/track/" + code, null).statusCode()).isEqualTo(429);
        assertThat(http.get("/portal/api/track/" + code + "/intake.pdf", null).statusCode())
                .isEqualTo(429);
        portal.resetLimits();
        assertThat(http.get("/portal/api/track/" + code, null).statusCode()).isEqualTo(200);
    }

    @Test
    void oneCodeIsLimitedWhereverItIsAskedFrom() throws Exception {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        String code = sheetIn(tenant, "SN-PORTAL-3").trackingCode();
        int limit = portal.settings().maxPerCode();
        for (int i = 0; i < limit; i++) {
            assertThat(http.get("/portal/api/track/" + code, null).statusCode()).isEqualTo(200);
        }
        assertThat(http.get("/portal/api/track/" + code, null).statusCode()).isEqualTo(429);
    }

    @Test
    void theLimiterIsBoundedAndSlides() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(java.time.Duration.ofMinutes(1), 2, 100);
        java.time.Instant t = java.time.Instant.parse("2026-01-01T10:00:00Z");
        assertThat(limiter.tryAcquire("a", t)).isTrue();
        assertThat(limiter.tryAcquire("a", t.plusSeconds(10))).isTrue();
        assertThat(limiter.tryAcquire("a", t.plusSeconds(20))).isFalse();
        assertThat(limiter.tryAcquire("a", t.plusSeconds(61))).isTrue();
        for (int i = 0; i < 1000; i++) {
            limiter.tryAcquire("ip-" + i, t);
        }
        assertThat(limiter.keys()).isEqualTo(100);
    }

    @Test
    void thePortalMayBeFramedAndTheRestMayNot() throws Exception {
        HttpResponse<String> embed = http.get("/portal/embed?lang=cs", null);
        assertThat(embed.statusCode()).isEqualTo(200);
        assertThat(embed.body()).contains("Stav opravy").contains("/portal/api/track/");
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(embed.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors"));
        HttpResponse<String> script = http.get("/portal/embed.js", null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("iframe");
        HttpResponse<String> track = http.get("/track", null);
        assertThat(track.statusCode()).isEqualTo(200);
        assertThat(track.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(http.get("/login", null).headers().firstValue("X-Frame-Options"))
                .hasValue("SAMEORIGIN");
    }

    @Test
    void thePortalSpeaksTheCustomersLanguageAndShowsTheShop() throws Exception {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        companyDetails(tenant);
        // Ana chose Romanian; her browser asks for English
        String code = sheetIn(tenant, "SN-PORTAL-LANG").trackingCode();
        HttpResponse<String> found = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/portal/api/track/" + code))
                                .header("Accept-Language", "en-US")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("Recepționat").contains("\"language\":\"ro\"");
        // a language asked for explicitly still wins
        assertThat(http.get("/portal/api/track/" + code + "?lang=en", null).body())
                .contains("\"status\":\"Received\"");
    }
}
