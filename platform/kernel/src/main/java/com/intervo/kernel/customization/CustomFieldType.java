package com.intervo.kernel.customization;

/** What a custom field holds, and so which input a form shows and how the server validates it. */
public enum CustomFieldType {
    TEXT,
    NUMBER,
    DATE,
    BOOLEAN,
    CHOICE;

    public String nameKey() {
        return "customization.type." + name().toLowerCase();
    }
}
