package com.intervo.kernel.customization;

import java.util.List;
import java.util.regex.Pattern;

/** The workflows that ship with default statuses. Modules may use further names matching {@link #NAME}. */
public final class Workflows {

    public static final String SERVICE_SHEET = "SERVICE_SHEET";
    public static final String TICKET = "TICKET";
    public static final List<String> BUILT_IN = List.of(SERVICE_SHEET, TICKET);
    public static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private Workflows() {
    }

    /** Translation key of a workflow's name (exists for the built-in ones). */
    public static String nameKey(String workflow) {
        return "customization.workflow." + workflow.toLowerCase();
    }
}
