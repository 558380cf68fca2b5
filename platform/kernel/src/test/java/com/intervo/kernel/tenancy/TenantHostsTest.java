package com.intervo.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenantHostsTest {

    @Test
    void theFirstLabelOfAHostNamesTheWorkspace() {
        assertThat(TenantHosts.firstLabel("demo.localhost:8080")).hasValue("demo");
        assertThat(TenantHosts.firstLabel("ACME.intervo.app")).hasValue("acme");
    }

    @Test
    void hostsWithoutAWorkspaceLabel() {
        assertThat(TenantHosts.firstLabel("localhost:8080")).isEmpty();
        assertThat(TenantHosts.firstLabel("127.0.0.1:8080")).isEmpty();
        assertThat(TenantHosts.firstLabel("[::1]:8080")).isEmpty();
        assertThat(TenantHosts.firstLabel("www.intervo.app")).isEmpty();
        assertThat(TenantHosts.firstLabel("")).isEmpty();
        assertThat(TenantHosts.firstLabel(null)).isEmpty();
        assertThat(TenantHosts.firstLabel("drop;table.example.com")).isEmpty();
    }
}
