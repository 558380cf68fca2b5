package com.intervo.workshop.plus;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.workshop.TrackingPortal;
import com.intervo.workshop.TrackingPortal.Lookup;
import com.intervo.workshop.TrackingPortal.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The quote on the public tracking portal: the customer, with the tracking code they already hold, sees the quote
 * waiting for them (or the last one decided) and accepts or declines it with an optional comment. The code is the
 * authority: it leads to one sheet of one workspace (through {@link TrackingPortal#withSheet}, with the portal's
 * limits), and a quote id of another sheet or workspace is as unknown as a wrong one.
 */
@Service
public class PortalQuotes {

    private final TrackingPortal portal;
    private final Quotes quotes;
    private final PlusSheets sheets;
    private final QuoteDocuments documents;
    private final PlusSettingsService settings;
    private final Evaluation evaluation;

    PortalQuotes(
            TrackingPortal portal,
            Quotes quotes,
            PlusSheets sheets,
            QuoteDocuments documents,
            PlusSettingsService settings,
            Evaluation evaluation) {
        this.settings = settings;
        this.evaluation = evaluation;
        this.portal = portal;
        this.quotes = quotes;
        this.sheets = sheets;
        this.documents = documents;
    }

    /** What the customer sees of a quote. {@code decidable}: it waits for them and is still valid. */
    public record PortalQuote(
            UUID id,
            int number,
            boolean supplementary,
            Plus.QuoteStatus status,
            LocalDate validUntil,
            boolean decidable,
            String currency,
            BigDecimal net,
            BigDecimal vat,
            BigDecimal gross,
            boolean reverseCharge,
            List<PortalLine> lines,
            List<QuoteDocuments.Problem> problems,
            List<PortalPhoto> photos) {}

    /** A photo of the sheet ({@code point} null) or of a problem found, shown when the workspace allows it. */
    public record PortalPhoto(
            UUID id,
            String point,
            @com.fasterxml.jackson.annotation.JsonIgnore UUID pointId) {}

    public record PortalLine(
            Plus.LineKind kind,
            String description,
            BigDecimal quantity,
            String unit,
            BigDecimal unitPrice,
            BigDecimal vatRate,
            boolean warranty,
            BigDecimal gross) {}

    /** The quote to show for the code: the one waiting for the customer, else the last one sent; none: empty. */
    public Lookup<Optional<PortalQuote>> quote(String clientIp, String host, String code) {
        return portal.withSheet(clientIp, host, code, ModuleKey.WORKSHOP_PLUS, sheet -> {
            if (sheets.read(sheet.id()).isEmpty()) {
                return Optional.<PortalQuote>empty();
            }
            return shown(sheet.id()).map(q -> view(q, sheet.id()));
        });
    }

    private Optional<Quote> shown(UUID sheetId) {
        List<Quote> all = quotes.ofSheet(sheetId);
        return all.stream()
                .filter(q -> q.status() == Plus.QuoteStatus.SENT)
                .findFirst()
                .or(() -> all.reversed().stream()
                        .filter(q -> q.status() == Plus.QuoteStatus.ACCEPTED || q.status() == Plus.QuoteStatus.DECLINED)
                        .findFirst());
    }

    private PortalQuote view(Quote q, UUID sheetId) {
        boolean decidable = q.status() == Plus.QuoteStatus.SENT
                && !q.validUntil()
                        .isBefore(LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1));
        return new PortalQuote(
                q.id(),
                q.number(),
                q.supplementary(),
                q.status(),
                q.validUntil(),
                decidable,
                q.currency(),
                q.net(),
                q.vat(),
                q.gross(),
                q.reverseCharge(),
                q.lines().stream()
                        .map(l -> new PortalLine(
                                l.kind(),
                                l.description(),
                                l.quantity(),
                                l.unit(),
                                l.warranty() ? BigDecimal.ZERO : l.unitPrice(),
                                l.vatRate(),
                                l.warranty(),
                                l.gross()))
                        .toList(),
                q.supplementary() ? List.of() : quotes.problemsOf(sheetId),
                q.supplementary() || !settings.current().portalPhotos() ? List.of() : photos(sheetId));
    }

    private List<PortalPhoto> photos(UUID sheetId) {
        List<PortalPhoto> photos = new java.util.ArrayList<>();
        evaluation.sheetPhotos(sheetId).forEach(id -> photos.add(new PortalPhoto(id, null, null)));
        for (Evaluation.Point point : evaluation.of(sheetId).points()) {
            point.photoIds().forEach(id -> photos.add(new PortalPhoto(id, point.text(), point.id())));
        }
        return photos;
    }

    /** A photo of the sheet's problems, when the workspace shows them on the portal (else: not found). */
    public Lookup<Optional<byte[]>> photo(String clientIp, String host, String code, UUID fileId) {
        return portal.withSheet(clientIp, host, code, ModuleKey.WORKSHOP_PLUS, sheet -> {
            if (fileId == null
                    || sheets.read(sheet.id()).isEmpty()
                    || !settings.current().portalPhotos()) {
                return Optional.<byte[]>empty();
            }
            return photos(sheet.id()).stream()
                    .filter(p -> p.id().equals(fileId))
                    .findFirst()
                    .map(p -> p.pointId() == null
                            ? evaluation.portalSheetPhoto(sheet.id(), fileId)
                            : evaluation.portalPhoto(p.pointId(), fileId));
        });
    }

    /** The result of a decision on the portal. */
    public enum Result {
        DONE,
        NOT_FOUND,
        THROTTLED,
        CONFLICT
    }

    /**
     * The customer accepts or declines the quote {@code quoteId} of the sheet behind the code. A quote already decided
     * the same way answers DONE again; decided otherwise, expired or replaced: CONFLICT.
     */
    public Result decide(String clientIp, String host, String code, UUID quoteId, boolean accept, String comment) {
        if (quoteId == null) {
            return Result.NOT_FOUND;
        }
        Lookup<Result> found;
        try {
            found = portal.withSheet(clientIp, host, code, ModuleKey.WORKSHOP_PLUS, sheet -> {
                if (sheets.read(sheet.id()).isEmpty()) {
                    return null;
                }
                quotes.decideOnPortal(
                        sheet.id(), quoteId, accept, comment, sheet.customer().name());
                return Result.DONE;
            });
        } catch (DomainException e) {
            // rolled back whole; a comment too long is the customer's to fix, the rest is the quote's state
            return switch (e.kind()) {
                case NOT_FOUND -> Result.NOT_FOUND;
                case INVALID -> throw e;
                default -> Result.CONFLICT;
            };
        }
        return switch (found.outcome()) {
            case FOUND -> found.value();
            case THROTTLED -> Result.THROTTLED;
            case NOT_FOUND -> Result.NOT_FOUND;
        };
    }

    /** The PDF of the quote shown for the code, as issued. */
    public Lookup<Optional<QuoteDocuments.Pdf>> pdf(String clientIp, String host, String code) {
        return portal.withSheet(
                clientIp,
                host,
                code,
                ModuleKey.WORKSHOP_PLUS,
                sheet -> shown(sheet.id()).filter(q -> q.fileId() != null).map(documents::issuedForPortal));
    }

    static boolean found(Lookup<?> lookup) {
        return lookup.outcome() == Outcome.FOUND;
    }
}
