/** The workspace's map settings. */
@NamedInterface("map")
package com.intervo.kernel.map;

import org.springframework.modulith.NamedInterface;
