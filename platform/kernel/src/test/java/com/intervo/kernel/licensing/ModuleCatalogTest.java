package com.intervo.kernel.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleCatalogTest {

    record Descriptor(ModuleKey key, Set<ModuleKey> requires, String basePackage, String apiSegment)
            implements ModuleDescriptor {
        @Override
        public String menuGroup() {
            return "x.menu.group";
        }
    }

    final ModuleCatalog catalog = new ModuleCatalog(List.of(
            new Descriptor(ModuleKey.WORKSHOP_SIMPLE, Set.of(), "com.intervo.workshop", "workshop"),
            new Descriptor(
                    ModuleKey.WORKSHOP_PLUS,
                    Set.of(ModuleKey.WORKSHOP_SIMPLE),
                    "com.intervo.workshop.plus",
                    "workshop-plus"),
            new Descriptor(ModuleKey.STOCK, Set.of(), "com.intervo.stock", "stock"),
            new Descriptor(ModuleKey.PURCHASING, Set.of(ModuleKey.STOCK), "com.intervo.purchasing", "purchasing")));

    @Test
    void theLicensedModulesBringWhatTheyRequire() {
        assertThat(catalog.closure(Set.of(ModuleKey.WORKSHOP_PLUS)))
                .containsExactlyInAnyOrder(ModuleKey.WORKSHOP_PLUS, ModuleKey.WORKSHOP_SIMPLE);
        assertThat(catalog.closure(Set.of(ModuleKey.PURCHASING)))
                .containsExactlyInAnyOrder(ModuleKey.PURCHASING, ModuleKey.STOCK);
        assertThat(catalog.closure(Set.of())).isEmpty();
    }

    @Test
    void aClassBelongsToTheDeepestModulePackage() {
        assertThat(catalog.owning(com.intervo.kernel.licensing.ModuleCatalog.class))
                .isEmpty();
        assertThat(catalog.byApiSegment("workshop-plus"))
                .map(ModuleDescriptor::key)
                .hasValue(ModuleKey.WORKSHOP_PLUS);
        assertThat(catalog.byApiSegment("auth")).isEmpty();
    }

    @Test
    void twoDescriptorsForOneKeyAreRefused() {
        assertThatThrownBy(() -> new ModuleCatalog(List.of(
                        new Descriptor(ModuleKey.STOCK, Set.of(), "a.b", "stock"),
                        new Descriptor(ModuleKey.STOCK, Set.of(), "a.c", "stock2"))))
                .isInstanceOf(IllegalStateException.class);
    }
}
