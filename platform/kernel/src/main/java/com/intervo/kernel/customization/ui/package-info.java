/** The custom-field form section and grid columns that modules' screens embed. */
@NamedInterface("customization-ui")
package com.intervo.kernel.customization.ui;

import org.springframework.modulith.NamedInterface;
