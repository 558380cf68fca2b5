/** The UI shell: layout, grids, pickers, notifications and the screens' shared pieces. */
@NamedInterface("ui")
package com.intervo.kernel.ui;

import org.springframework.modulith.NamedInterface;
