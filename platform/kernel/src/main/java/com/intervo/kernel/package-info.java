/**
 * The platform kernel: tenancy, identity, licensing, i18n, audit, the UI shell and the API base.
 * A closed module: other modules use only its named interfaces (the packages with a {@code package-info} that
 * says {@code @NamedInterface}); {@code api} (the REST edge) and {@code identity.rest} stay inside.
 */
@ApplicationModule(displayName = "Kernel", type = ApplicationModule.Type.CLOSED)
package com.intervo.kernel;

import org.springframework.modulith.ApplicationModule;
