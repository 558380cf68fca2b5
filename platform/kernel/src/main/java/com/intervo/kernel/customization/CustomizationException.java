package com.intervo.kernel.customization;

import java.util.List;

/**
 * A refused change to customization data (a definition or a status), with a translation key and its parameters.
 * REST answers 422 with the translated text; views show it as a notification.
 */
public class CustomizationException extends RuntimeException {

    private final String messageKey;
    private final List<Object> params;

    public CustomizationException(String messageKey, Object... params) {
        super(messageKey + " " + List.of(params));
        this.messageKey = messageKey;
        this.params = List.of(params);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params.toArray();
    }
}
