/** Public endpoints and rate limits that modules declare. */
@NamedInterface("security")
package com.intervo.kernel.security;

import org.springframework.modulith.NamedInterface;
