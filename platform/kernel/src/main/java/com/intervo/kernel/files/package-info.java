/** Stored files (photos, signatures, PDFs): upload checks, tenant-scoped storage, reading back. */
@NamedInterface("files")
package com.intervo.kernel.files;

import org.springframework.modulith.NamedInterface;
