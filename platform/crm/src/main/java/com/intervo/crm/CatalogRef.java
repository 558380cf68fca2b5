package com.intervo.crm;

import java.util.UUID;

/** A named catalog entry (a predefined problem, a checklist) as other modules pick it: by id, shown by name. */
public record CatalogRef(UUID id, String name) {}
