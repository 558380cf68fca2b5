package com.intervo.kernel.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@TenantIntegrationTest
class ApiAuthIT {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"(ivt_[A-Za-z0-9_-]+)\"");

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    Http http;
    TenantId tenant;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        tenant = fixtures.newTenant();
    }

    private HttpResponse<String> signIn(String workspace, String username, String password, String language)
            throws Exception {
        return http.postJson(
                "/api/v1/auth/token",
                null,
                "{\"workspace\":\"" + workspace + "\",\"username\":\"" + username + "\",\"password\":\"" + password
                        + "\"}",
                language);
    }

    private static String token(HttpResponse<String> response) {
        Matcher m = TOKEN.matcher(response.body());
        assertThat(m.find()).as(response.body()).isTrue();
        return m.group(1);
    }

    @Test
    void issuesATokenThatIdentifiesTenantAndUser() throws Exception {
        HttpResponse<String> response = signIn(tenant.key(), "dispatcher", TenantFixtures.PASSWORD, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"expiresAt\"");
        HttpResponse<String> me = http.get("/api/v1/me", token(response));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body())
                .contains("\"workspace\":\"" + tenant.key() + "\"")
                .contains("\"username\":\"dispatcher\"")
                .contains("DISPATCHER");
    }

    @Test
    void everyWrongCredentialGetsTheSameTranslatedAnswer() throws Exception {
        HttpResponse<String> wrongPassword = signIn(tenant.key(), "admin", "wrong-password", "ro");
        HttpResponse<String> wrongUser = signIn(tenant.key(), "nobody", TenantFixtures.PASSWORD, "ro");
        HttpResponse<String> wrongWorkspace = signIn("no_such_co", "admin", TenantFixtures.PASSWORD, "ro");
        HttpResponse<String> badWorkspace = signIn("'; drop table x; --", "admin", TenantFixtures.PASSWORD, "ro");
        for (HttpResponse<String> r : new HttpResponse[] {wrongPassword, wrongUser, wrongWorkspace, badWorkspace}) {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("Autentificare eșuată").doesNotContain("\"token\":");
        }
        assertThat(wrongPassword.body()).isEqualTo(wrongUser.body()).isEqualTo(wrongWorkspace.body());
    }

    @Test
    void missingFieldsGetA400NamingThem() throws Exception {
        HttpResponse<String> response = http.postJson("/api/v1/auth/token", null, "{\"workspace\":\"x\"}", "en");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("\"username\"")
                .contains("\"password\"")
                .contains("Required");
        assertThat(http.postJson("/api/v1/auth/token", null, "not json", "en").statusCode())
                .isEqualTo(400);
    }

    @Test
    void fiveFailuresInARowLockTheUser() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(tenant.key(), "technician", "wrong-" + i, null).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> locked = signIn(tenant.key(), "technician", TenantFixtures.PASSWORD, null);
        assertThat(locked.statusCode()).isEqualTo(401);
        // the other users of the workspace are not affected
        assertThat(signIn(tenant.key(), "manager", TenantFixtures.PASSWORD, null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        String token = token(signIn(tenant.key(), "admin", TenantFixtures.PASSWORD, null));
        assertThat(http.get("/api/v1/me", token).statusCode()).isEqualTo(200);
        assertThat(http.delete("/api/v1/auth/token", token).statusCode()).isEqualTo(204);
        HttpResponse<String> after = http.get("/api/v1/me", token);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.body()).contains("invalid-token");
    }

    @Test
    void aTokenIsRefusedOnAnotherTenantsHost() throws Exception {
        TenantId other = fixtures.newTenant();
        String token = fixtures.token(tenant, "admin");
        assertThat(http.get("/api/v1/me", token, tenant.key() + ".localhost").statusCode())
                .isEqualTo(200);
        HttpResponse<String> cross = http.get("/api/v1/me", token, other.key() + ".localhost");
        assertThat(cross.statusCode()).isEqualTo(401);
        assertThat(cross.body()).doesNotContain(other.key());
    }

    @Test
    void everyCallReadsTheTokenItsWorkspaceAndItsUserAgain() throws Exception {
        String token = fixtures.token(tenant, "technician");
        String schema = tenant.schema();
        HttpResponse<String> me = http.get("/api/v1/me", token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("TECHNICIAN").doesNotContain("MANAGER");
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.api_token where token_hash = ?"
                                + " and last_used_at is not null",
                        Integer.class,
                        ApiTokenService.hash(token)))
                .isEqualTo(1);

        // a role given in the meantime counts on the next call
        jdbc.update("insert into " + schema + ".app_user_role (user_id, role) select id, 'MANAGER' from " + schema
                + ".app_user where username = 'technician'");
        assertThat(http.get("/api/v1/me", token).body()).contains("TECHNICIAN").contains("MANAGER");

        // a user switched off, a suspended workspace, an expired token: refused at once, each
        jdbc.update("update " + schema + ".app_user set active = false where username = 'technician'");
        assertThat(http.get("/api/v1/me", token).statusCode()).isEqualTo(401);
        jdbc.update("update " + schema + ".app_user set active = true where username = 'technician'");
        assertThat(http.get("/api/v1/me", token).statusCode()).isEqualTo(200);

        jdbc.update("update platform.tenant set status = 'SUSPENDED' where tenant_key = ?", tenant.key());
        try {
            assertThat(http.get("/api/v1/me", token).statusCode()).isEqualTo(401);
        } finally {
            jdbc.update("update platform.tenant set status = 'ACTIVE' where tenant_key = ?", tenant.key());
        }
        assertThat(http.get("/api/v1/me", token).statusCode()).isEqualTo(200);

        jdbc.update(
                "update platform.api_token set expires_at = now() - interval '1 second' where token_hash = ?",
                ApiTokenService.hash(token));
        assertThat(http.get("/api/v1/me", token).statusCode()).isEqualTo(401);
    }

    @Test
    void garbageAndMissingTokensAreRefused() throws Exception {
        assertThat(http.get("/api/v1/me", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/me", "ivt_forged").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/me", "x".repeat(5000)).statusCode()).isEqualTo(401);
    }
}
