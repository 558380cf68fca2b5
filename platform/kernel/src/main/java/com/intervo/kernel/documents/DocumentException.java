package com.intervo.kernel.documents;

import java.util.Arrays;

/**
 * A template, logo or text was refused. Carries a translation key of the documents bundle and its arguments so
 * the UI and the API show the reason in the user's language; nothing was saved when it is thrown.
 */
public class DocumentException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public DocumentException(String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
