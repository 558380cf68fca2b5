package com.intervo.workshop.plus;

import com.intervo.workshop.Intake;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A device taken in the Plus way: Simple's intake (customer, device, problem, …) plus the common problems ticked, the
 * services the customer orders, the initial findings, whether it is evaluated first (null: the workspace's default)
 * and the warranty. The equipment type is the device's (a new device must name one).
 */
public record PlusIntake(
        Intake sheet,
        List<UUID> problemIds,
        List<ServiceOrder> services,
        String initialFindings,
        Boolean evaluation,
        Plus.Warranty warranty,
        String warrantyClaim,
        boolean reverseCharge) {

    public PlusIntake {
        problemIds = problemIds == null ? List.of() : List.copyOf(problemIds);
        services = services == null ? List.of() : List.copyOf(services);
        warranty = warranty == null ? Plus.Warranty.NONE : warranty;
    }

    /** A catalog service and how many. */
    public record ServiceOrder(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID serviceId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal quantity) {}
}
