/** Global search: the providers modules contribute and their hits. */
@NamedInterface("search")
package com.intervo.kernel.search;

import org.springframework.modulith.NamedInterface;
