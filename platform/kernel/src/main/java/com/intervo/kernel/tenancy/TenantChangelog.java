package com.intervo.kernel.tenancy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import liquibase.integration.spring.SpringResourceAccessor;
import liquibase.resource.AbstractResource;
import liquibase.resource.AbstractResourceAccessor;
import liquibase.resource.OpenOptions;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The tenant changelog, assembled at start-up from every {@link TenantSchemaPart}: the kernel first, then the
 * platform parts, then the product modules, each after the parts it runs after (a module after the modules it
 * requires). A declared changelog that is not on the class path, an unknown or circular dependency stops the
 * start-up: a mistyped path must never ship workspaces without a module's tables.
 */
@Component
public class TenantChangelog {

    /** The name Liquibase sees for the assembled changelog; it holds only includes, never changesets. */
    public static final String MASTER = "db/changelog/tenant-master.xml";

    static final String KERNEL = "kernel";

    private final List<TenantSchemaPart> ordered;
    private final String masterXml;

    public TenantChangelog(List<TenantSchemaPart> parts, ResourceLoader resourceLoader) {
        this.ordered = order(parts);
        for (TenantSchemaPart part : ordered) {
            part.tenantChangelog().ifPresent(path -> {
                if (!resourceLoader.getResource("classpath:" + path).exists()) {
                    throw new IllegalStateException(
                            "The tenant changelog " + path + " of '" + part.partName() + "' is not on the class path");
                }
            });
        }
        this.masterXml = xml(ordered);
    }

    /** The parts in the order their changesets run. */
    public List<TenantSchemaPart> parts() {
        return ordered;
    }

    /** The changelog files in the order they run. */
    public List<String> changelogs() {
        return ordered.stream().flatMap(p -> p.tenantChangelog().stream()).toList();
    }

    public String masterXml() {
        return masterXml;
    }

    /** Serves the assembled master under {@link #MASTER}, every other file from the class path. */
    public ResourceAccessor resourceAccessor(ResourceLoader resourceLoader) {
        return new MasterAccessor(masterXml, new SpringResourceAccessor(resourceLoader));
    }

    static List<TenantSchemaPart> order(List<TenantSchemaPart> parts) {
        Map<String, TenantSchemaPart> byName = new HashMap<>();
        for (TenantSchemaPart part : parts) {
            if (byName.put(part.partName(), part) != null) {
                throw new IllegalStateException("Two tenant schema parts named '" + part.partName() + "'");
            }
        }
        if (!byName.containsKey(KERNEL)) {
            throw new IllegalStateException("No tenant schema part named '" + KERNEL + "'");
        }
        Map<String, Integer> waitingFor = new HashMap<>();
        Map<String, List<String>> followers = new HashMap<>();
        for (TenantSchemaPart part : parts) {
            waitingFor.put(part.partName(), 0);
        }
        for (TenantSchemaPart part : parts) {
            for (String before : part.runsAfter()) {
                TenantSchemaPart earlier = byName.get(before);
                if (earlier == null) {
                    throw new IllegalStateException("'" + part.partName() + "' runs after '" + before
                            + "', which is not part of this deployable");
                }
                if (!earlier.platformPart() && part.platformPart()) {
                    throw new IllegalStateException(
                            "Platform part '" + part.partName() + "' cannot run after product module '" + before + "'");
                }
                waitingFor.merge(part.partName(), 1, Integer::sum);
                followers.computeIfAbsent(before, k -> new ArrayList<>()).add(part.partName());
            }
        }
        Comparator<TenantSchemaPart> precedence = Comparator.comparing(
                        (TenantSchemaPart p) -> !p.partName().equals(KERNEL))
                .thenComparing(p -> !p.platformPart())
                .thenComparingInt(TenantSchemaPart::partOrder)
                .thenComparing(TenantSchemaPart::partName);
        PriorityQueue<TenantSchemaPart> ready = new PriorityQueue<>(precedence);
        parts.stream().filter(p -> waitingFor.get(p.partName()) == 0).forEach(ready::add);
        List<TenantSchemaPart> result = new ArrayList<>();
        while (!ready.isEmpty()) {
            TenantSchemaPart next = ready.poll();
            result.add(next);
            for (String follower : followers.getOrDefault(next.partName(), List.of())) {
                if (waitingFor.merge(follower, -1, Integer::sum) == 0) {
                    ready.add(byName.get(follower));
                }
            }
        }
        if (result.size() != parts.size()) {
            throw new IllegalStateException("Tenant schema parts depend on each other in a circle: "
                    + parts.stream()
                            .map(TenantSchemaPart::partName)
                            .filter(n ->
                                    result.stream().noneMatch(p -> p.partName().equals(n)))
                            .sorted()
                            .toList());
        }
        if (!result.getFirst().partName().equals(KERNEL)) {
            throw new IllegalStateException("The kernel's tables must come first");
        }
        return List.copyOf(result);
    }

    private static String xml(List<TenantSchemaPart> parts) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                   xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                """);
        for (TenantSchemaPart part : parts) {
            part.tenantChangelog()
                    .ifPresent(path -> xml.append("  <include file=\"")
                            .append(path)
                            .append("\"/><!-- ")
                            .append(part.partName())
                            .append(" -->\n"));
        }
        return xml.append("</databaseChangeLog>\n").toString();
    }

    private static final class MasterAccessor extends AbstractResourceAccessor {

        private final String xml;
        private final ResourceAccessor classPath;

        MasterAccessor(String xml, ResourceAccessor classPath) {
            this.xml = xml;
            this.classPath = classPath;
        }

        @Override
        public List<Resource> search(String path, boolean recursive) throws IOException {
            return classPath.search(path, recursive);
        }

        @Override
        public List<Resource> getAll(String path) throws IOException {
            if (MASTER.equals(path) || ("/" + MASTER).equals(path) || ("classpath:" + MASTER).equals(path)) {
                return List.of(new MasterResource(xml));
            }
            return classPath.getAll(path);
        }

        @Override
        public List<String> describeLocations() {
            List<String> locations = new ArrayList<>(classPath.describeLocations());
            locations.add("assembled " + MASTER);
            return locations;
        }

        @Override
        public void close() throws Exception {
            classPath.close();
        }
    }

    private static final class MasterResource extends AbstractResource {

        private final byte[] bytes;

        MasterResource(String xml) {
            super(MASTER, URI.create("intervo:" + MASTER));
            this.bytes = xml.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public InputStream openInputStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public Resource resolve(String other) {
            throw new UnsupportedOperationException("The assembled changelog includes class-path files only");
        }

        @Override
        public Resource resolveSibling(String other) {
            throw new UnsupportedOperationException("The assembled changelog includes class-path files only");
        }

        @Override
        public OutputStream openOutputStream(OpenOptions options) {
            throw new UnsupportedOperationException();
        }
    }
}
