package com.intervo.kernel.customization;

import com.intervo.kernel.errors.DomainException;
import java.util.List;

/**
 * A refused change to customization data (a definition or a status), with a translation key and its parameters.
 * REST answers 422 with the translated text; views show it as a notification.
 */
public class CustomizationException extends DomainException {

    public CustomizationException(String messageKey, Object... params) {
        super(messageKey + " " + List.of(params), Kind.INVALID, messageKey, null, params);
    }

    @Override
    public String problemType() {
        return "customization-refused";
    }

    @Override
    public String titleKey() {
        return "customization.api.refused-title";
    }
}
