package com.intervo.kernel.licensing;

/** The licensable product modules. */
public enum ModuleKey {
    WORKSHOP_SIMPLE,
    WORKSHOP_PLUS,
    DISPATCH,
    STOCK,
    PURCHASING,
    INVOICING;

    /** i18n key of the module's name. */
    public String nameKey() {
        return "kernel.module." + name().toLowerCase();
    }
}
