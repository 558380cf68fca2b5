/** The photo gallery that modules' screens embed. */
@NamedInterface("files-ui")
package com.intervo.kernel.files.ui;

import org.springframework.modulith.NamedInterface;
