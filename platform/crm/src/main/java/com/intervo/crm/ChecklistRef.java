package com.intervo.crm;

import java.util.List;
import java.util.UUID;

/** A checklist with its points, as a ticket copies it when it is opened. */
public record ChecklistRef(UUID id, String name, List<Point> points) {

    public ChecklistRef {
        points = points == null ? List.of() : List.copyOf(points);
    }

    /**
     * One point to check; {@code defects} are the answers that count as a defect found, {@code causes} the probable
     * causes predefined for it.
     */
    public record Point(UUID id, String text, boolean mandatory, List<String> defects, List<String> causes) {
        public Point {
            defects = defects == null ? List.of() : List.copyOf(defects);
            causes = causes == null ? List.of() : List.copyOf(causes);
        }

        public Point(UUID id, String text, boolean mandatory, List<String> defects) {
            this(id, text, mandatory, defects, List.of());
        }
    }
}
