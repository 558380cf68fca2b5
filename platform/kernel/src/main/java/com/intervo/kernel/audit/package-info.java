/** Auditing: the created/changed columns every module's entities inherit. */
@NamedInterface("audit")
package com.intervo.kernel.audit;

import org.springframework.modulith.NamedInterface;
