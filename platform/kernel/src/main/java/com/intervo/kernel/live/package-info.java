/** Live signals between replicas (PostgreSQL LISTEN/NOTIFY). */
@NamedInterface("live")
package com.intervo.kernel.live;

import org.springframework.modulith.NamedInterface;
