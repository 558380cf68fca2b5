/** Identity: the signed-in user, roles, the user directory, invitations, operators. */
@NamedInterface("identity")
package com.intervo.kernel.identity;

import org.springframework.modulith.NamedInterface;
