/** Documents: templates rendered to PDF for the kinds modules declare. */
@NamedInterface("documents")
package com.intervo.kernel.documents;

import org.springframework.modulith.NamedInterface;
