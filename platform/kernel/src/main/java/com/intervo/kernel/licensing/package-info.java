/** Licensing: module descriptors, keys, the catalog and a workspace's module licenses. */
@NamedInterface("licensing")
package com.intervo.kernel.licensing;

import org.springframework.modulith.NamedInterface;
