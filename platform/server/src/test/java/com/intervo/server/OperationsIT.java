package com.intervo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What operations and integrators rely on: probes, metrics, the API description. */
@TenantIntegrationTest
class OperationsIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ApplicationContext context;

    @Autowired
    TenantFixtures fixtures;

    @Test
    void livenessAndReadinessIncludingTheDatabase() throws Exception {
        Http management = new Http(managementPort);
        assertThat(management.get("/actuator/health/liveness", null).body()).contains("\"UP\"");
        var readiness = management.get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
    }

    @Test
    void probesAreReachableOnTheApplicationPortToo() throws Exception {
        Http http = new Http(port);
        var liveness = http.get("/livez", null);
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"UP\"");
        var readiness = http.get("/readyz", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
    }

    @Test
    void healthIsUpWithoutAnSmtpServer() throws Exception {
        // the tests run with no SMTP host (as a fresh start does): mail is optional, the application is up
        var health = new Http(managementPort).get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusMetricsOnlyOnTheManagementPort() throws Exception {
        var metrics = new Http(managementPort).get("/actuator/prometheus", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
        assertThat(managementPort).isNotEqualTo(port);
        for (String path : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/info", "/actuator"}) {
            var onApplicationPort = new Http(port).get(path, null);
            assertThat(onApplicationPort.statusCode()).as(path).isNotEqualTo(200);
            assertThat(onApplicationPort.body())
                    .as(path)
                    .doesNotContain("jvm_memory")
                    .doesNotContain("hikaricp");
        }
    }

    @Test
    void noGeneratedInMemoryUser() {
        assertThat(context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
    }

    @Test
    void openApiDocumentAndSwaggerUi() throws Exception {
        Http http = new Http(port);
        var docs = http.get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body())
                .contains("/api/v1/auth/token")
                .contains("/api/v1/me")
                .contains("bearer");
        assertThat(http.get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownApiPathsAreA404NotTheUi() throws Exception {
        String token = fixtures.token(fixtures.newTenant(), "admin");
        var response = new Http(port).get("/api/v1/auth/nothing-here", token);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404").doesNotContain("<html");
        // without a token the same path says nothing about what exists: sign in first
        var anonymous = new Http(port).get("/api/v1/auth/nothing-here", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("<html");
    }
}
