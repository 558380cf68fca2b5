/** In-app notifications and alerts for users. */
@NamedInterface("notifications")
package com.intervo.kernel.notifications;

import org.springframework.modulith.NamedInterface;
