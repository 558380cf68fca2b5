package com.intervo.tenantadmin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithSecurityContext;

/** Runs a test as the demo profile's bootstrap operator, signed in through {@code OperatorSignIn}. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = WithOperatorFactory.class, setupBefore = TestExecutionEvent.TEST_METHOD)
@interface WithOperator {}
