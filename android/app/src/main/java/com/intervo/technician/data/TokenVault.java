package com.intervo.technician.data;

/** Keeps the bearer token where only this app can read it. */
public interface TokenVault {

    void store(String token);

    /** The token, or null when signed out (or when it can no longer be decrypted). */
    String load();

    void clear();
}
