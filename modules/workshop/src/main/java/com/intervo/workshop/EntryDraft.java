package com.intervo.workshop;

import com.intervo.workshop.domain.WorkEntry;
import java.math.BigDecimal;

/** A note or a piece of work done for the sheet's log: text, minutes spent and cost (both optional). */
public record EntryDraft(WorkEntry.Kind kind, String text, Integer minutes, BigDecimal cost) {}
