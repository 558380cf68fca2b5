package com.intervo.benchmarks;

import com.intervo.kernel.tenancy.TenantSchemaPart;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.context.annotation.Bean;

/**
 * The application as {@code com.intervo.IntervoApplication} assembles it (same component scan, same entity and
 * repository packages, the server's application.yml), minus the server's embedded-database and demo-data
 * configuration: the benchmark brings its own PostgreSQL through {@code spring.datasource.url}.
 */
@SpringBootApplication(scanBasePackages = "com.intervo")
@AutoConfigurationPackage(basePackages = "com.intervo")
public class BenchmarkApplication {

    /** Times every {@code TenantMigrator.migrate} call (provisioning and start-up) without touching the kernel. */
    @Bean
    static BeanPostProcessor migrationTimer() {
        return new MigrationTimer();
    }

    /** The synthetic tables ({@code --synthetic-tables}), when the relaunch put their changelog on the class path. */
    @Bean
    @ConditionalOnResource(resources = "classpath:db/changelog/tenant/" + SyntheticChangelog.SLOT + "/changelog.xml")
    static TenantSchemaPart syntheticTables() {
        return TenantSchemaPart.platform(
                SyntheticChangelog.SLOT, "db/changelog/tenant/" + SyntheticChangelog.SLOT + "/changelog.xml", 1000);
    }
}
