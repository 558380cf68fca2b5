/**
 * The platform kernel: tenancy, identity, licensing, i18n, audit, the UI shell and the API base.
 * An open module: every product module builds on its sub-packages.
 */
@ApplicationModule(displayName = "Kernel", type = ApplicationModule.Type.OPEN)
package com.intervo.kernel;

import org.springframework.modulith.ApplicationModule;
