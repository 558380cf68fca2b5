/** Public codes that lead from a printed QR code to a module's public page. */
@NamedInterface("portal")
package com.intervo.kernel.portal;

import org.springframework.modulith.NamedInterface;
