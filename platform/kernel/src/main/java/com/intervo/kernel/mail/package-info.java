/** Outgoing mail through the transactional outbox. */
@NamedInterface("mail")
package com.intervo.kernel.mail;

import org.springframework.modulith.NamedInterface;
