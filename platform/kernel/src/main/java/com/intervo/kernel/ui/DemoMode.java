package com.intervo.kernel.ui;

/** Implemented by the demo data: when active, the sign-in page shows the demo logins. */
public interface DemoMode {

    boolean active();
}
