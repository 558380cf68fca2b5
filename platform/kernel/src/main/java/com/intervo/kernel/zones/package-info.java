/** Service zones (cities, areas) a workspace dispatches to. */
@NamedInterface("zones")
package com.intervo.kernel.zones;

import org.springframework.modulith.NamedInterface;
