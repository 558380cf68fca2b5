package com.intervo.kernel.search;

import java.util.List;

/** Contributes hits to the search box in the shell; each module searches its own data of the current tenant. */
public interface GlobalSearchProvider {

    /**
     * @param query what the user typed, at least two characters, trimmed
     * @param limit most hits to return
     */
    List<SearchHit> search(String query, int limit);
}
