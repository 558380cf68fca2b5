package com.intervo.technician.core.api;

import com.google.gson.JsonObject;

/** An RFC 9457 problem the server answered (title and detail are translated into the caller's language). */
public final class Problem {
    public int status;
    public String title;
    public String detail;
    public String type;
    /** The whole answer, for properties such as {@code ticket} of a 409. */
    public transient JsonObject raw;

    /** What to show the technician. */
    public String message() {
        if (detail != null && !detail.trim().isEmpty()) {
            return detail;
        }
        return title != null ? title : "HTTP " + status;
    }
}
