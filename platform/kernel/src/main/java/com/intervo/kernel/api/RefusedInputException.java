package com.intervo.kernel.api;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/** A JSON value refused by {@link InputRules}; the API answers 400 naming the field and the reason. */
class RefusedInputException extends InvalidFormatException {

    private final String reasonKey;

    RefusedInputException(JsonParser parser, String reasonKey, Object value, Class<?> type) {
        super(parser, "Refused value: " + reasonKey, value, type);
        this.reasonKey = reasonKey;
    }

    String reasonKey() {
        return reasonKey;
    }
}
