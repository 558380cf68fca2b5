package com.intervo.kernel.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view of the platform operators' console. A signed-in operator opens only these (and the "not found"
 * page); a workspace user never opens them; an anonymous visitor is sent to the operator sign-in, not the
 * workspace one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OperatorConsole {

    /** The route of the operator sign-in view. */
    String LOGIN_ROUTE = "operator/login";

    /** The route prefix of every console view. */
    String ROUTE_PREFIX = "operator";
}
