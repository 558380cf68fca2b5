package com.intervo.tenantadmin.billing;

import java.math.BigDecimal;
import java.time.Instant;

/** One of the workspace's invoices at the payment service, with links to view and download it there. */
public record BillingInvoice(
        String id,
        String number,
        Instant created,
        BigDecimal total,
        String currency,
        String status,
        String hostedUrl,
        String pdfUrl) {}
