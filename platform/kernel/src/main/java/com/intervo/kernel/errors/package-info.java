/**
 * The domain exceptions of every module under one type, {@link com.intervo.kernel.errors.DomainException}: a refused
 * business rule with a translation key, mapped once to a problem detail (REST) and a notification (UI). Depends on
 * nothing else in the platform, so every package can throw them without a package cycle.
 */
@NamedInterface("errors")
package com.intervo.kernel.errors;

import org.springframework.modulith.NamedInterface;
