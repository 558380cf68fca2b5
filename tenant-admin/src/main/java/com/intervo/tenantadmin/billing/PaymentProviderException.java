package com.intervo.tenantadmin.billing;

/** The payment service could not be reached or refused a call; nothing was changed on our side. */
public class PaymentProviderException extends RuntimeException {

    PaymentProviderException(Throwable cause) {
        super("billing.error.provider", cause);
    }
}
