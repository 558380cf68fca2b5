package com.intervo;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleDescriptor;
import com.intervo.kernel.licensing.ModuleKey;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Licenses and code agree: every product module has exactly one descriptor, depends in code only on modules its
 * license requires, and guards every event listener with a license condition.
 */
class LicenseGraphTest {

    static final Set<String> PLATFORM = Set.of("kernel", "tenantadmin", "crm", "server", "testsupport");

    private static List<ModuleDescriptor> descriptors() {
        List<ModuleDescriptor> result = new ArrayList<>();
        for (JavaClass type : ModularityTest.CLASSES) {
            if (type.isAssignableTo(ModuleDescriptor.class) && !type.isInterface()) {
                try {
                    var constructor = type.reflect().getDeclaredConstructor();
                    constructor.setAccessible(true);
                    result.add((ModuleDescriptor) constructor.newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return result;
    }

    private static Optional<ModuleDescriptor> owner(List<ModuleDescriptor> descriptors, String packageName) {
        return descriptors.stream()
                .filter(d -> packageName.equals(d.basePackage()) || packageName.startsWith(d.basePackage() + "."))
                .max((x, y) -> Integer.compare(
                        x.basePackage().length(), y.basePackage().length()));
    }

    @Test
    void everyProductModuleHasExactlyOneDescriptorAndEveryKeyOneModule() {
        List<ModuleDescriptor> descriptors = descriptors();
        assertThat(descriptors).extracting(ModuleDescriptor::key).containsExactlyInAnyOrder(ModuleKey.values());
        ApplicationModules modules = ApplicationModules.of(IntervoApplication.class);
        List<String> productModules = new ArrayList<>();
        for (ApplicationModule module : modules) {
            if (PLATFORM.contains(module.getIdentifier().toString())) {
                continue;
            }
            String base = module.getBasePackage().getName();
            productModules.add(base);
            assertThat(descriptors.stream().filter(d -> d.basePackage().equals(base)))
                    .as("descriptors of module %s", base)
                    .hasSize(1);
        }
        assertThat(productModules).hasSize(ModuleKey.values().length);
    }

    @Test
    void codeDependenciesStayWithinRequires() {
        List<ModuleDescriptor> descriptors = descriptors();
        Map<String, Set<ModuleKey>> violations = new TreeMap<>();
        for (JavaClass type : ModularityTest.CLASSES) {
            Optional<ModuleDescriptor> from = owner(descriptors, type.getPackageName());
            if (from.isEmpty()) {
                continue;
            }
            Set<ModuleKey> allowed = EnumSet.of(from.get().key());
            allowed.addAll(from.get().requires());
            Set<ModuleKey> used = type.getDirectDependenciesFromSelf().stream()
                    .map(d -> owner(descriptors, d.getTargetClass().getPackageName()))
                    .flatMap(Optional::stream)
                    .map(ModuleDescriptor::key)
                    .filter(k -> !allowed.contains(k))
                    .collect(Collectors.toSet());
            if (!used.isEmpty()) {
                violations.put(type.getName(), used);
            }
        }
        assertThat(violations).as("dependencies on modules not in requires").isEmpty();
    }

    @Test
    void everyListenerInAProductModuleCarriesALicenseCondition() {
        List<ModuleDescriptor> descriptors = descriptors();
        List<String> unguarded = new ArrayList<>();
        for (JavaClass type : ModularityTest.CLASSES) {
            if (owner(descriptors, type.getPackageName()).isEmpty()) {
                continue;
            }
            for (JavaMethod method : type.getMethods()) {
                for (var annotation : method.getAnnotations()) {
                    String name = annotation.getRawType().getName();
                    if (name.equals(EventListener.class.getName())
                            || name.equals("org.springframework.modulith.events.ApplicationModuleListener")
                            || name.equals("org.springframework.transaction.event.TransactionalEventListener")) {
                        String condition =
                                String.valueOf(annotation.get("condition").orElse(""));
                        if (!condition.contains("@licenses.isLicensed")) {
                            unguarded.add(method.getFullName());
                        }
                    }
                }
            }
        }
        assertThat(unguarded).isEmpty();
    }

    private static final Pattern LICENSE_CONDITION =
            Pattern.compile("@licenses\\.isLicensed\\(\\s*#event\\.tenant\\(\\)\\s*,\\s*'([A-Z_]+)'\\s*\\)");

    private static boolean isListener(String annotation) {
        return annotation.equals(EventListener.class.getName())
                || annotation.equals("org.springframework.modulith.events.ApplicationModuleListener")
                || annotation.equals("org.springframework.transaction.event.TransactionalEventListener");
    }

    /**
     * A listener is gated on the license of the module it belongs to, for the event's own workspace: a Dispatch
     * listener asking for WORKSHOP_SIMPLE would run in workshop-only workspaces and stay silent in Dispatch ones.
     */
    @Test
    void everyListenerIsGatedOnItsOwnModuleForTheEventsWorkspace() {
        List<ModuleDescriptor> descriptors = descriptors();
        List<String> wrong = new ArrayList<>();
        int listeners = 0;
        for (JavaClass type : ModularityTest.CLASSES) {
            Optional<ModuleDescriptor> owner = owner(descriptors, type.getPackageName());
            if (owner.isEmpty()) {
                continue;
            }
            for (JavaMethod method : type.getMethods()) {
                for (var annotation : method.getAnnotations()) {
                    if (!isListener(annotation.getRawType().getName())) {
                        continue;
                    }
                    listeners++;
                    String condition =
                            String.valueOf(annotation.get("condition").orElse(""));
                    Matcher matcher = LICENSE_CONDITION.matcher(condition);
                    Set<String> named = new java.util.TreeSet<>();
                    while (matcher.find()) {
                        named.add(matcher.group(1));
                    }
                    if (!named.equals(Set.of(owner.get().key().name()))) {
                        wrong.add(method.getFullName() + " is gated on " + named + ", not "
                                + owner.get().key());
                    }
                    // #event in the condition is the listener's parameter: renamed, it is null and nothing runs
                    var parameters = method.reflect().getParameters();
                    if (parameters.length != 1 || !parameters[0].getName().equals("event")) {
                        wrong.add(method.getFullName() + " has no single parameter named event");
                    }
                }
            }
        }
        assertThat(listeners).as("listeners found in product modules").isPositive();
        assertThat(wrong).isEmpty();
    }

    /**
     * A scheduled job of a product module runs per workspace through {@code forEachLicensedTenant}, with its own
     * module's key: the job of one module must not run in workspaces licensed only for another.
     */
    @Test
    void everyJobRunsOnlyInWorkspacesLicensedForItsOwnModule() {
        List<ModuleDescriptor> descriptors = descriptors();
        List<String> wrong = new ArrayList<>();
        int jobs = 0;
        for (JavaClass type : ModularityTest.CLASSES) {
            Optional<ModuleDescriptor> owner = owner(descriptors, type.getPackageName());
            if (owner.isEmpty()) {
                continue;
            }
            for (JavaMethod method : type.getMethods()) {
                if (!method.isAnnotatedWith(Scheduled.class)) {
                    continue;
                }
                jobs++;
                boolean perLicensedTenant = method.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> call.getTargetOwner().isEquivalentTo(Licenses.class)
                                && call.getName().equals("forEachLicensedTenant"));
                Set<String> keys = method.getFieldAccesses().stream()
                        .filter(access -> access.getTargetOwner().isEquivalentTo(ModuleKey.class))
                        .map(access -> access.getName())
                        .collect(Collectors.toCollection(java.util.TreeSet::new));
                if (!perLicensedTenant) {
                    wrong.add(method.getFullName() + " does not run through Licenses.forEachLicensedTenant");
                } else if (!keys.equals(Set.of(owner.get().key().name()))) {
                    wrong.add(method.getFullName() + " is licensed by " + keys + ", not "
                            + owner.get().key());
                }
            }
        }
        assertThat(jobs).as("scheduled jobs found in product modules").isPositive();
        assertThat(wrong).isEmpty();
    }
}
