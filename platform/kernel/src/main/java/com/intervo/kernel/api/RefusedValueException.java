package com.intervo.kernel.api;

/** A query parameter value refused by {@link InputRules} while it was converted; the API answers 400 naming it. */
class RefusedValueException extends IllegalArgumentException {

    private final String reasonKey;

    RefusedValueException(String reasonKey, String value) {
        super("Refused value (" + reasonKey + "): " + (value.length() > 40 ? value.substring(0, 40) + "…" : value));
        this.reasonKey = reasonKey;
    }

    String reasonKey() {
        return reasonKey;
    }
}
