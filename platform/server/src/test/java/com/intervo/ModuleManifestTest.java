package com.intervo;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.documents.DocumentKind;
import com.intervo.kernel.licensing.ModuleDescriptor;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantSchemaPart;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The modules' manifests are complete and the kernel knows no module: every module with tables declares its tenant
 * changelog (and every changelog a module ships is declared), and no kernel class names a product module or one
 * of the records a module brings.
 */
class ModuleManifestTest {

    static final String KERNEL = "com.intervo.kernel";
    /** The license keys: the one kernel type that lists the product modules (the platform schema checks them too). */
    static final Set<String> KERNEL_MAY_NAME_MODULES = Set.of(ModuleKey.class.getName());

    private static final Pattern INCLUDE = Pattern.compile("<include\\s+file=\"([^\"]+)\"");

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

    /** The jar or class directory a class or resource comes from. */
    private static String root(URL url, String path) {
        String s = url.toString();
        if (s.startsWith("jar:")) {
            s = s.substring(4);
        }
        s = s.substring(0, s.length() - path.length());
        return s.endsWith("!/") ? s.substring(0, s.length() - 2) : s;
    }

    private static String root(Class<?> type) {
        String path = type.getName().replace('.', '/') + ".class";
        return root(type.getClassLoader().getResource(path), path);
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean inPackage(JavaClass type, String base) {
        return type.getPackageName().equals(base) || type.getPackageName().startsWith(base + ".");
    }

    @Test
    void everyModuleWithTablesDeclaresItsChangelogAndEveryShippedChangelogIsDeclared() throws IOException {
        List<ModuleDescriptor> descriptors = descriptors();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        // a module with entities has tables: its manifest names its changelog, shipped in its own jar
        for (ModuleDescriptor d : descriptors) {
            List<String> entities = ModularityTest.CLASSES.stream()
                    .filter(t -> inPackage(t, d.basePackage()) && t.isAnnotatedWith(Entity.class))
                    .map(JavaClass::getSimpleName)
                    .toList();
            if (!entities.isEmpty()) {
                assertThat(d.tenantChangelog())
                        .as("changelog of %s (entities %s)", d.key(), entities)
                        .isPresent();
            }
            d.tenantChangelog().ifPresent(path -> {
                URL url = getClass().getClassLoader().getResource(path);
                assertThat(url).as("changelog %s of %s", path, d.key()).isNotNull();
                assertThat(root(url, path))
                        .as("jar of the changelog of %s", d.key())
                        .isEqualTo(root(d.getClass()));
            });
        }
        // every changelog on the class path is declared by the module whose jar ships it
        Set<String> partBeansIn = ModularityTest.CLASSES.stream()
                .filter(t -> t.getMethods().stream()
                        .anyMatch(m -> m.getRawReturnType().isEquivalentTo(TenantSchemaPart.class)))
                .map(t -> root(t.reflect()))
                .collect(Collectors.toSet());
        String kernelRoot = root(TenantSchemaPart.class);
        String kernelChangelog = read(resolver.getResource("classpath:db/changelog/tenant/platform.xml"));
        Set<String> inKernel = new HashSet<>();
        Matcher m = INCLUDE.matcher(kernelChangelog);
        while (m.find()) {
            inKernel.add(m.group(1));
        }
        Resource[] shipped = resolver.getResources("classpath*:db/changelog/tenant/*/changelog.xml");
        assertThat(shipped).hasSizeGreaterThanOrEqualTo(9);
        for (Resource r : shipped) {
            String url = r.getURL().toString();
            String path = url.substring(url.indexOf("db/changelog/tenant/"));
            String root = root(r.getURL(), path);
            List<ModuleDescriptor> owners = descriptors.stream()
                    .filter(d -> root(d.getClass()).equals(root))
                    .toList();
            if (!owners.isEmpty()) {
                assertThat(owners)
                        .as("modules shipping %s", path)
                        .anyMatch(d -> d.tenantChangelog().equals(java.util.Optional.of(path)));
            } else if (root.equals(kernelRoot)) {
                assertThat(inKernel).as("the kernel's own changelogs").contains(path);
            } else {
                assertThat(partBeansIn)
                        .as("a TenantSchemaPart declared next to %s", path)
                        .contains(root);
            }
        }
    }

    /** Words of an identifier: {@code intakeProtocolDocument} and {@code INTAKE_PROTOCOL} give intake, protocol. */
    static List<String> words(String identifier) {
        return Arrays.stream(identifier.split("_|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT))
                .toList();
    }

    static boolean names(String identifier, String key) {
        String joined = "_" + String.join("_", words(identifier)) + "_";
        return joined.contains("_" + String.join("_", words(key)) + "_");
    }

    @Test
    void noKernelClassNamesAProductModuleOrTheRecordsItBrings() throws IllegalAccessException {
        List<ModuleDescriptor> descriptors = descriptors();
        // the modules by name, and the keys of what they register (kinds of document, entities, workflows)
        Set<String> modules = new TreeSet<>();
        descriptors.forEach(d -> {
            modules.add(d.apiSegment());
            modules.add(words(d.key().name()).getFirst());
        });
        Set<String> records = new TreeSet<>();
        for (ModuleDescriptor d : descriptors) {
            for (Field f : d.getClass().getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers())) {
                    f.setAccessible(true);
                    Object value = f.get(null);
                    if (value instanceof DocumentKind kind) {
                        records.add(kind.name());
                    } else if (value instanceof CustomizableEntity entity) {
                        records.add(entity.name());
                    } else if (value instanceof String s && f.getName().endsWith("_WORKFLOW")) {
                        records.add(s);
                    }
                }
            }
        }
        assertThat(modules).contains("workshop", "dispatch", "stock", "purchasing", "invoicing");
        assertThat(records).contains("SERVICE_SHEET", "TICKET", "INTAKE_PROTOCOL", "WORK_REPORT", "GOODS_RECEIPT");

        List<String> violations = new ArrayList<>();
        for (JavaClass type : ModularityTest.CLASSES) {
            if (!inPackage(type, KERNEL) || KERNEL_MAY_NAME_MODULES.contains(type.getName())) {
                continue;
            }
            for (String module : modules) {
                if (names(type.getSimpleName(), module)) {
                    violations.add(type.getName() + " names module " + module);
                }
            }
            for (JavaField field : type.getFields()) {
                boolean constant = field.getModifiers().containsAll(Set.of(JavaModifier.STATIC, JavaModifier.FINAL));
                if (!constant) {
                    continue;
                }
                for (String name : modules) {
                    if (names(field.getName(), name)) {
                        violations.add(type.getName() + "." + field.getName() + " names module " + name);
                    }
                }
                for (String key : records) {
                    if (names(field.getName(), key)) {
                        violations.add(type.getName() + "." + field.getName() + " names a module's " + key);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theIdentifierCheckFindsWhatItLooksFor() {
        assertThat(names("INTAKE_PROTOCOL", "INTAKE_PROTOCOL")).isTrue();
        assertThat(names("intakeProtocolDocument", "INTAKE_PROTOCOL")).isTrue();
        assertThat(names("WorkshopUi", "workshop")).isTrue();
        assertThat(names("SERVICE_SHEET", "TICKET")).isFalse();
        assertThat(names("StockLevel", "stock")).isTrue();
        assertThat(names("RESTOCKING", "stock")).isFalse();
    }
}
