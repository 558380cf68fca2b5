package com.intervo.workshop;

import java.util.Set;

/**
 * Statuses of the service sheet workflow that an edition's stages set (Workshop Plus: evaluation, quote sent, in
 * repair, …): they show like any status (queue, sheet, portal) but are never set by hand, so a sheet's status and
 * its edition's stage cannot disagree.
 */
public interface StageStatuses {

    Set<String> keys();

    /** The keys of every edition's stages. */
    static StageStatuses union(java.util.List<StageStatuses> editions) {
        java.util.List<StageStatuses> all = java.util.List.copyOf(editions);
        return () ->
                all.stream().flatMap(e -> e.keys().stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
