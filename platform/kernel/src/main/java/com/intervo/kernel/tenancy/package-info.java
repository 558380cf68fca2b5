/** Tenancy: the workspace (tenant) id, the current tenant, the tenant directory and the workspace clock. */
@NamedInterface("tenancy")
package com.intervo.kernel.tenancy;

import org.springframework.modulith.NamedInterface;
