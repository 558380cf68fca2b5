package com.intervo.technician.core.api;

/** What the workspace sets for its technicians' phones. */
public final class TechnicianSettings {
    public int locationIntervalSeconds = 60;
    public int pingBatchSize = 20;
}
