/** The home page's contributions: work counts and set-up steps each module offers. */
@NamedInterface("home")
package com.intervo.kernel.home;

import org.springframework.modulith.NamedInterface;
