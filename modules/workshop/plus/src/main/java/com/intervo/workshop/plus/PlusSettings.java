package com.intervo.workshop.plus;

import com.intervo.kernel.errors.DomainException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * How a workspace runs Workshop Plus.
 *
 * @param evaluationByDefault a new sheet goes through the evaluation stage unless the receptionist says otherwise
 * @param evaluationFee       charged when the customer declines the quote (0: none), without VAT
 * @param quoteValidityDays   a quote's validity from the day it is made
 * @param vatMode             VAT rounded per line or once per rate on the document
 * @param portalPhotos        the customer sees the photos of the problems found on the portal
 */
public record PlusSettings(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long version,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean evaluationByDefault,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal evaluationFee,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int quoteValidityDays,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) QuoteTotals.VatMode vatMode,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean portalPhotos) {

    public PlusSettings {
        if (evaluationFee == null || evaluationFee.signum() < 0 || evaluationFee.scale() > 4) {
            throw DomainException.invalid("workshopplus.error.fee", "evaluationFee");
        }
        if (quoteValidityDays < 1 || quoteValidityDays > 365) {
            throw DomainException.invalid("workshopplus.error.validity", "quoteValidityDays");
        }
        if (vatMode == null) {
            throw DomainException.invalid("workshopplus.error.required", "vatMode");
        }
    }
}
