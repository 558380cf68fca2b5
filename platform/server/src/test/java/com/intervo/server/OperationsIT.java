package com.intervo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What operations and integrators rely on: probes, metrics, the API description. */
@TenantIntegrationTest
class OperationsIT {

    @LocalServerPort int port;

    @Test
    void livenessAndReadinessIncludingTheDatabase() throws Exception {
        Http http = new Http(port);
        assertThat(http.get("/actuator/health/liveness", null).body()).contains("\"UP\"");
        var readiness = http.get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
    }

    @Test
    void prometheusMetrics() throws Exception {
        var metrics = new Http(port).get("/actuator/prometheus", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void openApiDocumentAndSwaggerUi() throws Exception {
        Http http = new Http(port);
        var docs = http.get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/auth/token").contains("/api/v1/me").contains("bearer");
        assertThat(http.get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownApiPathsAreA404NotTheUi() throws Exception {
        var response = new Http(port).get("/api/v1/auth/nothing-here", null);
        assertThat(response.statusCode()).isIn(401, 404);
        assertThat(response.body()).doesNotContain("<html");
    }
}
