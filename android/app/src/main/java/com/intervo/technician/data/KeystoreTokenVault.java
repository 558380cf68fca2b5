package com.intervo.technician.data;

import android.content.SharedPreferences;
import android.security.keystore.KeyGenParameterSpec;
import android.security.keystore.KeyProperties;
import android.util.Base64;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The token encrypted with AES-GCM under a key held by the Android Keystore (never leaves it; hardware-backed where
 * the phone has it); only the ciphertext is in the app's preferences.
 */
public final class KeystoreTokenVault implements TokenVault {

    private static final String KEYSTORE = "AndroidKeyStore";
    private static final String ALIAS = "intervo-token";
    private static final String PREF = "token";

    private final SharedPreferences prefs;

    public KeystoreTokenVault(SharedPreferences prefs) {
        this.prefs = prefs;
    }

    @Override
    public void store(String token) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key());
            byte[] iv = cipher.getIV();
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            ByteBuffer both = ByteBuffer.allocate(1 + iv.length + sealed.length);
            both.put((byte) iv.length).put(iv).put(sealed);
            prefs.edit()
                    .putString(PREF, Base64.encodeToString(both.array(), Base64.NO_WRAP))
                    .apply();
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("The token could not be encrypted", e);
        }
    }

    @Override
    public String load() {
        String stored = prefs.getString(PREF, null);
        if (stored == null) {
            return null;
        }
        try {
            ByteBuffer both = ByteBuffer.wrap(Base64.decode(stored, Base64.NO_WRAP));
            byte[] iv = new byte[both.get()];
            both.get(iv);
            byte[] sealed = new byte[both.remaining()];
            both.get(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | java.io.IOException | RuntimeException e) {
            // the key was removed (screen lock reset, app data restored elsewhere): sign in again
            clear();
            return null;
        }
    }

    @Override
    public void clear() {
        prefs.edit().remove(PREF).apply();
    }

    private static SecretKey key() throws GeneralSecurityException, java.io.IOException {
        KeyStore store = KeyStore.getInstance(KEYSTORE);
        store.load(null);
        if (store.containsAlias(ALIAS)) {
            return ((KeyStore.SecretKeyEntry) store.getEntry(ALIAS, null)).getSecretKey();
        }
        KeyGenerator generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, KEYSTORE);
        generator.init(
                new KeyGenParameterSpec.Builder(ALIAS, KeyProperties.PURPOSE_ENCRYPT | KeyProperties.PURPOSE_DECRYPT)
                        .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                        .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                        .setKeySize(256)
                        .build());
        return generator.generateKey();
    }
}
