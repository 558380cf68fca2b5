package com.intervo.kernel.customization;

import java.util.Objects;

/**
 * A workflow a module brings, declared as a bean next to the module's descriptor. Its default statuses are seeded
 * by the module's own tenant changeset; the statuses screen lists the registered workflows first, in this order.
 *
 * @param nameKey translation key of the workflow's name
 */
public record WorkflowDefinition(String workflow, String nameKey, int order) {

    public WorkflowDefinition {
        Objects.requireNonNull(nameKey, "nameKey");
        if (workflow == null || !Workflows.NAME.matcher(workflow).matches()) {
            throw new IllegalArgumentException("Not a workflow name: " + workflow);
        }
    }

    public static WorkflowDefinition of(String workflow, int order) {
        return new WorkflowDefinition(workflow, Workflows.nameKey(workflow), order);
    }
}
