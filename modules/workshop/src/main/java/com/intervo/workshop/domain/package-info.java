/** Service sheets, their work log and status history, and the tenant's e-mail texts. */
package com.intervo.workshop.domain;
