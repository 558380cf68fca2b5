/** Translations of every module's message bundles in the four languages. */
@NamedInterface("i18n")
package com.intervo.kernel.i18n;

import org.springframework.modulith.NamedInterface;
