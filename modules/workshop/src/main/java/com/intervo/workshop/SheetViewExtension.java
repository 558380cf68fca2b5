package com.intervo.workshop;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * What an edition of the workshop (Workshop Plus) shows on Simple's sheet page, under its header: e.g. the stage of
 * the evaluation and quote with a link to their screen. The extension checks its own license.
 */
public interface SheetViewExtension {

    Optional<Component> section(SheetDetails sheet);
}
