package com.intervo.crm;

import java.util.Locale;

/**
 * What two customers must share to be probably the same one: the e-mail address (case and spaces ignored) or the
 * phone number's last nine digits ("0722 123 456" and "+40 722 123 456" are one number; fewer than six digits are
 * no number). An empty part matches nothing.
 */
record ContactKey(String email, String phone) {

    static ContactKey of(String phone, String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        String number = digits.length() < 6 ? "" : digits.substring(Math.max(0, digits.length() - 9));
        return new ContactKey(address, number);
    }

    boolean isEmpty() {
        return email.isEmpty() && phone.isEmpty();
    }
}
