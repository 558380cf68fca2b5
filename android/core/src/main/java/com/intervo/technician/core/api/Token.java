package com.intervo.technician.core.api;

import java.time.Instant;

/** A bearer token and when it expires. */
public final class Token {
    public String token;
    public Instant expiresAt;
}
