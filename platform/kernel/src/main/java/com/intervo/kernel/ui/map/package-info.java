/** The map component. */
@NamedInterface("ui-map")
package com.intervo.kernel.ui.map;

import org.springframework.modulith.NamedInterface;
