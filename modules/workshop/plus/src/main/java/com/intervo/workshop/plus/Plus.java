package com.intervo.workshop.plus;

/** The vocabulary of Workshop Plus: the stages of a sheet and the kinds and states of what it records. */
public final class Plus {

    private Plus() {}

    /** Where a sheet stands in evaluation → quote → repair; the last three are ends. */
    public enum Stage {
        EVALUATION,
        QUOTE,
        REPAIR,
        COMPLETED,
        DECLINED,
        IRREPARABLE;

        public boolean finished() {
            return this == COMPLETED || this == DECLINED || this == IRREPARABLE;
        }
    }

    /** NONE; EQUIPMENT: the equipment's own warranty (its end date on the card); MANUFACTURER: a claim number. */
    public enum Warranty {
        NONE,
        EQUIPMENT,
        MANUFACTURER
    }

    /** What a problem found needs. */
    public enum NeedKind {
        PART_REPLACE,
        PART_RECONDITION,
        LABOUR
    }

    /** A quote line: a service ordered at intake, a part to replace or recondition, labour. */
    public enum LineKind {
        SERVICE,
        PART_REPLACE,
        PART_RECONDITION,
        LABOUR;

        static LineKind of(NeedKind need) {
            return LineKind.valueOf(need.name());
        }

        public boolean part() {
            return this == PART_REPLACE || this == PART_RECONDITION;
        }
    }

    public enum QuoteStatus {
        DRAFT,
        SENT,
        ACCEPTED,
        DECLINED,
        SUPERSEDED
    }

    /** How the customer's decision reached the shop. */
    public enum Channel {
        PORTAL,
        PHONE,
        DESK
    }

    /** A line of the repair checklist: still to do, done, found not needed, done differently (with a note). */
    public enum RepairState {
        OPEN,
        DONE,
        NOT_NEEDED,
        CHANGED
    }

    /** The statuses of the sheet's workflow the stages set (seeded by the module's changelog). */
    static final String STATUS_EVALUATION = "evaluation";

    static final String STATUS_QUOTE_SENT = "quote_sent";
    static final String STATUS_IN_REPAIR = "in_repair";
    static final String STATUS_RETURN_UNREPAIRED = "return_unrepaired";
    static final String STATUS_NO_PARTS = "no_parts";
    static final String STATUS_READY = "ready";
}
