package com.intervo.kernel.licensing;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Every module descriptor present in this deployable, with look-ups by key, package and API segment. */
@Component
public class ModuleCatalog {

    private final Map<ModuleKey, ModuleDescriptor> byKey = new EnumMap<>(ModuleKey.class);
    private final List<ModuleDescriptor> byPackageLength;

    public ModuleCatalog(List<ModuleDescriptor> descriptors) {
        for (ModuleDescriptor d : descriptors) {
            if (byKey.put(d.key(), d) != null) {
                throw new IllegalStateException("Two descriptors for module " + d.key());
            }
        }
        byPackageLength = descriptors.stream()
                .sorted(Comparator.comparingInt(
                                (ModuleDescriptor d) -> d.basePackage().length())
                        .reversed())
                .toList();
    }

    public List<ModuleDescriptor> all() {
        return byKey.values().stream()
                .sorted(Comparator.comparingInt(ModuleDescriptor::menuOrder))
                .toList();
    }

    public Optional<ModuleDescriptor> get(ModuleKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The module a class belongs to, or empty for platform code (always on). */
    public Optional<ModuleDescriptor> owning(Class<?> type) {
        String pkg = type.getPackageName();
        return byPackageLength.stream()
                .filter(d -> pkg.equals(d.basePackage()) || pkg.startsWith(d.basePackage() + "."))
                .findFirst();
    }

    public Optional<ModuleDescriptor> byApiSegment(String segment) {
        return byKey.values().stream()
                .filter(d -> d.apiSegment().equals(segment))
                .findFirst();
    }

    /** The licensed keys plus everything they require, transitively. */
    public Set<ModuleKey> closure(Set<ModuleKey> licensed) {
        Set<ModuleKey> result = EnumSet.noneOf(ModuleKey.class);
        Deque<ModuleKey> todo = new ArrayDeque<>(licensed);
        while (!todo.isEmpty()) {
            ModuleKey key = todo.pop();
            if (result.add(key)) {
                get(key).ifPresent(d -> todo.addAll(d.requires()));
            }
        }
        return result;
    }
}
