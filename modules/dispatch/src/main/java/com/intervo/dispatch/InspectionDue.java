package com.intervo.dispatch;

import java.time.LocalDate;
import java.util.UUID;

/** A periodic inspection that is due (or soon): the dispatcher opens a ticket for it with one click. */
public record InspectionDue(
        UUID equipmentId,
        UUID customerId,
        String customerName,
        String equipmentName,
        String serialNumber,
        String equipmentType,
        String siteAddress,
        LocalDate lastInspection,
        LocalDate dueDate,
        boolean overdue) {}
