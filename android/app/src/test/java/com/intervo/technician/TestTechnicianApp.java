package com.intervo.technician;

import com.intervo.technician.data.TokenVault;

/** The app as Robolectric runs it: Robolectric has no Android Keystore, so the token stays in memory. */
public class TestTechnicianApp extends TechnicianApp {

    @Override
    public void onCreate() {
        vaultOverride = new TokenVault() {
            private String token;

            @Override
            public void store(String value) {
                token = value;
            }

            @Override
            public String load() {
                return token;
            }

            @Override
            public void clear() {
                token = null;
            }
        };
        super.onCreate();
    }
}
