/** Customization as data: custom fields, workflow statuses, localized texts, equipment types. */
@NamedInterface("customization")
package com.intervo.kernel.customization;

import org.springframework.modulith.NamedInterface;
