package com.intervo.workshop;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.Optional;

/**
 * What an edition of the workshop adds to the public tracking page of a repair (Workshop Plus: the quote to accept).
 * Called after the portal found the code; the extension checks its own license and reads through
 * {@link TrackingPortal#withSheet}, which applies the portal's limits.
 */
public interface PortalExtension {

    Optional<Component> section(String clientIp, String host, String code, Locale locale);
}
