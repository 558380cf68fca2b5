package com.intervo.kernel.search;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** Asks every provider and merges their hits. */
@Service
public class GlobalSearch {

    public static final int MIN_LENGTH = 2;

    private final List<GlobalSearchProvider> providers;

    GlobalSearch(List<GlobalSearchProvider> providers) {
        this.providers = providers;
    }

    public List<SearchHit> search(String query, int limitPerProvider) {
        String q = query == null ? "" : query.strip();
        if (q.length() < MIN_LENGTH) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        for (GlobalSearchProvider provider : providers) {
            hits.addAll(provider.search(q, limitPerProvider));
        }
        return hits;
    }
}
