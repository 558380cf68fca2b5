package com.intervo.technician.core.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Everything the app shows of one ticket (the server's {@code TicketDetails}). */
public final class TicketDetails {
    public TicketSummary summary;
    public String contactName;
    public String contactPhone;
    public String customerEmail;
    public String equipmentType;
    public UUID checklistId;
    public String checklistName;
    public List<ChecklistItem> checklist = new ArrayList<>();
    public List<Finding> findings = new ArrayList<>();
    public List<PartLine> parts = new ArrayList<>();
    public List<Photo> photos = new ArrayList<>();
    public String workDone;
    public Instant assignedAt;
    public Instant acceptedAt;
    public Instant enRouteAt;
    public Instant arrivedAt;
    public Instant finishedAt;
    public Integer labourMinutes;
    public String signerName;
    public UUID signatureFileId;
    public Instant signedAt;
    public String reportNumber;
    public Instant workStartedAt;
    public int timedMinutes;

    public UUID id() {
        return summary.id;
    }

    public static final class ChecklistItem {
        public UUID id;
        public int position;
        public String text;
        public boolean mandatory;
        public List<String> defects = new ArrayList<>();
        /** OK, PROBLEM or null (not answered). */
        public String answer;

        public String defect;
        public String note;
    }

    public static final class Finding {
        public UUID id;
        public String kind;
        public String text;
        public Instant createdAt;
        public String createdBy;
    }

    public static final class PartLine {
        public UUID id;
        public UUID partId;
        public String code;
        public String name;
        public String unit;
        public BigDecimal quantity;
        public BigDecimal unitPrice;
        public String currency;
        public String source;
    }

    public static final class Photo {
        public UUID fileId;
        public String name;
        public String mediaType;
        public Instant createdAt;
        public String createdBy;
    }
}
