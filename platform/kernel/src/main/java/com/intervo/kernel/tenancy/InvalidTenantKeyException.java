package com.intervo.kernel.tenancy;

/** A workspace name that is malformed or reserved. The message never echoes the raw input into SQL. */
public class InvalidTenantKeyException extends IllegalArgumentException {

    public InvalidTenantKeyException(String key) {
        super("Invalid workspace name: must match [a-z][a-z0-9_]{1,30} and not be reserved");
    }
}
