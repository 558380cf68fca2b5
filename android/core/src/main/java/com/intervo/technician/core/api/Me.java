package com.intervo.technician.core.api;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The signed-in user, as {@code GET /api/v1/me} tells. */
public final class Me {
    public UUID userId;
    public String username;
    public String displayName;
    public String workspace;
    public List<String> roles = new ArrayList<>();
    /** The modules the workspace may use now (DISPATCH, STOCK, ...). */
    public List<String> modules = new ArrayList<>();

    public boolean has(String module) {
        return modules.contains(module);
    }
}
