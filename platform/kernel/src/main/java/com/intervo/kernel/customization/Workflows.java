package com.intervo.kernel.customization;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The workflows the modules register ({@link WorkflowDefinition}), each with default statuses its module's
 * changeset seeds. Modules and tests may use further names matching {@link #NAME}.
 */
@Component
public class Workflows {

    public static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private final Map<String, WorkflowDefinition> byName = new LinkedHashMap<>();

    public Workflows(List<WorkflowDefinition> definitions) {
        for (WorkflowDefinition d : definitions.stream()
                .sorted(Comparator.comparingInt(WorkflowDefinition::order).thenComparing(WorkflowDefinition::workflow))
                .toList()) {
            if (byName.put(d.workflow(), d) != null) {
                throw new IllegalStateException("Two modules register the workflow " + d.workflow());
            }
        }
    }

    /** The registered workflows, in their order. */
    public List<String> registered() {
        return List.copyOf(byName.keySet());
    }

    /** Translation key of a workflow's name (the convention, unless its definition names another). */
    public static String nameKey(String workflow) {
        return "customization.workflow." + workflow.toLowerCase();
    }

    /** Translation key of a workflow's name as registered. */
    public String nameKeyOf(String workflow) {
        WorkflowDefinition d = byName.get(workflow);
        return d == null ? nameKey(workflow) : d.nameKey();
    }
}
