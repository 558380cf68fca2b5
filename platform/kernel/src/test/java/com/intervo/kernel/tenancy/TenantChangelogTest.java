package com.intervo.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.DefaultResourceLoader;

/** The tenant changelog is assembled from the parts in dependency order, and refuses what would ship no tables. */
class TenantChangelogTest {

    private static final String KERNEL = "db/changelog/tenant/platform.xml";
    // real files of the kernel's, standing in for the modules' changelogs
    private static final String FILES = "db/changelog/tenant/files/changelog.xml";
    private static final String COMPANY = "db/changelog/tenant/company/changelog.xml";
    private static final String DOCUMENTS = "db/changelog/tenant/documents/changelog.xml";

    record Part(
            String partName,
            Optional<String> tenantChangelog,
            Set<String> runsAfter,
            boolean platformPart,
            int partOrder)
            implements TenantSchemaPart {

        static Part module(String name, String changelog, int order, String... requires) {
            return new Part(name, Optional.ofNullable(changelog), Set.of(requires), false, order);
        }
    }

    private static TenantChangelog assemble(TenantSchemaPart... parts) {
        return new TenantChangelog(List.of(parts), new DefaultResourceLoader());
    }

    @Test
    void theKernelRunsFirstThenThePlatformThenEachModuleAfterWhatItRequires() {
        TenantChangelog changelog = assemble(
                Part.module("plus", COMPANY, 1, "simple"),
                Part.module("simple", FILES, 10),
                Part.module("stock", null, 5),
                TenantSchemaPart.platform("crm", DOCUMENTS, 10),
                new KernelTenantSchema());
        // "plus" sorts before "simple" by order, but requires it
        assertThat(changelog.parts())
                .extracting(TenantSchemaPart::partName)
                .containsExactly("kernel", "crm", "stock", "simple", "plus");
        assertThat(changelog.changelogs()).containsExactly(KERNEL, DOCUMENTS, FILES, COMPANY);
        assertThat(changelog.masterXml())
                .containsSubsequence(
                        "file=\"" + KERNEL + "\"",
                        "file=\"" + DOCUMENTS + "\"",
                        "file=\"" + FILES + "\"",
                        "file=\"" + COMPANY + "\"")
                .doesNotContain("errorIfMissing");
    }

    @Test
    void aDeclaredChangelogThatIsNotThereStopsTheStartUp() {
        new ApplicationContextRunner()
                .withBean(KernelTenantSchema.class)
                .withBean(
                        "stock",
                        TenantSchemaPart.class,
                        () -> Part.module("stock", "db/changelog/tenant/stok/changelog.xml", 30))
                .withBean(TenantChangelog.class)
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("The tenant changelog db/changelog/tenant/stok/changelog.xml of 'stock' is not on"
                                + " the class path"));
        new ApplicationContextRunner()
                .withBean(KernelTenantSchema.class)
                .withBean("stock", TenantSchemaPart.class, () -> Part.module("stock", FILES, 30))
                .withBean(TenantChangelog.class)
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void anUnknownOrCircularDependencyIsRefused() {
        assertThatThrownBy(() -> assemble(new KernelTenantSchema(), Part.module("plus", FILES, 1, "simple")))
                .hasMessageContaining("'plus' runs after 'simple', which is not part of this deployable");
        assertThatThrownBy(() -> assemble(
                        new KernelTenantSchema(), Part.module("a", FILES, 1, "b"), Part.module("b", COMPANY, 2, "a")))
                .hasMessageContaining("in a circle: [a, b]");
        assertThatThrownBy(() ->
                        assemble(new KernelTenantSchema(), Part.module("a", FILES, 1), Part.module("a", COMPANY, 2)))
                .hasMessageContaining("Two tenant schema parts named 'a'");
        assertThatThrownBy(() -> assemble(Part.module("a", FILES, 1)))
                .hasMessageContaining("No tenant schema part named 'kernel'");
    }
}
