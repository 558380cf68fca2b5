package com.intervo.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithSecurityContext;

/** Runs a test as a real user of a workspace, loaded from that tenant's schema. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = WithIntervoUserFactory.class, setupBefore = TestExecutionEvent.TEST_METHOD)
public @interface WithIntervoUser {

    String workspace() default "demo";

    String username() default "admin";
}
