package com.intervo.kernel.identity;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * The right password of a new workspace's admin whose e-mail address is not confirmed yet. Only thrown after the
 * password matched, so it tells nothing to someone who guesses; elsewhere it is an ordinary failed sign-in.
 */
public class EmailNotConfirmedException extends BadCredentialsException {

    public EmailNotConfirmedException() {
        super("kernel.login.email-unconfirmed");
    }
}
