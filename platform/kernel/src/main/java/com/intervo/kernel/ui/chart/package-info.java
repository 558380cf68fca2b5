/** The chart component. */
@NamedInterface("ui-chart")
package com.intervo.kernel.ui.chart;

import org.springframework.modulith.NamedInterface;
