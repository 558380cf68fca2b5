package com.intervo.workshop;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.intervo.crm.CustomerRef;
import com.intervo.crm.EquipmentRef;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.documents.DocumentService;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.files.StoredFile;
import com.intervo.kernel.mail.PublicAddresses;
import com.intervo.kernel.portal.PublicCodes;
import com.intervo.workshop.domain.WorkEntry;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * The intake and handover protocols of a sheet, from the tenant's templates, in the customer's language. A protocol
 * is issued once (rendered and stored as a file of the sheet) and served as issued from then on, so a later change of
 * a template, the company or the customer leaves the customer's copy and ours the same.
 */
@Component
public class SheetDocuments {

    private final DocumentService documents;
    private final CustomFieldService customFields;
    private final WorkshopTenant tenant;
    private final String publicUrl;
    private final FileStorage files;
    private final List<SheetDocumentExtension> extensions;

    /** The files of issued protocols belong to the sheet under this owner type (not among its photos). */
    static final String FILE_OWNER = "SERVICE_SHEET_PROTOCOL";

    SheetDocuments(
            DocumentService documents,
            CustomFieldService customFields,
            WorkshopTenant tenant,
            PublicAddresses addresses,
            FileStorage files,
            List<SheetDocumentExtension> extensions) {
        this.files = files;
        this.extensions = List.copyOf(extensions);
        this.documents = documents;
        this.customFields = customFields;
        this.tenant = tenant;
        this.publicUrl = addresses.publicUrl();
    }

    public java.time.ZoneId zone() {
        return tenant.zone();
    }

    public String portalUrl(SheetDetails sheet) {
        return portalUrl(sheet.trackingCode());
    }

    public String portalUrl(String trackingCode) {
        return publicUrl + "/track/" + trackingCode;
    }

    /** A protocol rendered and stored: the caller records the file on the sheet. */
    record Issued(SheetDocument document, java.util.UUID fileId) {}

    /** Renders the intake protocol and stores it as the sheet's; an earlier issue stays stored. */
    Issued issueIntake(SheetDetails sheet) {
        SheetDocument pdf = renderIntake(sheet);
        StoredFile file = files.store(FILE_OWNER, sheet.id(), pdf.fileName(), pdf.pdf());
        return new Issued(pdf, file.id());
    }

    /** The intake protocol as issued (rendered now only for a sheet from before protocols were stored). */
    SheetDocument intake(SheetDetails sheet) {
        if (sheet.intakeProtocolFileId() != null) {
            return new SheetDocument(
                    intakeName(sheet), files.readOwned(FILE_OWNER, sheet.id(), sheet.intakeProtocolFileId()));
        }
        return renderIntake(sheet);
    }

    /** Renders and stores the handover protocol; the sheet must be handed over. */
    Issued issueHandover(SheetDetails sheet, List<WorkEntry> entries, boolean unrepairable) {
        SheetDocument pdf = handover(sheet, entries, unrepairable);
        StoredFile file = files.store(FILE_OWNER, sheet.id(), pdf.fileName(), pdf.pdf());
        return new Issued(pdf, file.id());
    }

    /** The handover protocol as issued at hand-over, if it was. */
    Optional<SheetDocument> issuedHandover(SheetDetails sheet) {
        return Optional.ofNullable(sheet.handoverProtocolFileId())
                .map(id -> new SheetDocument(
                        "handover-" + sheet.number() + ".pdf", files.readOwned(FILE_OWNER, sheet.id(), id)));
    }

    /** Every protocol issued for the sheet, oldest first (a corrected intake keeps its earlier issues). */
    List<StoredFile> issued(SheetDetails sheet) {
        return files.of(FILE_OWNER, sheet.id());
    }

    /** One issued protocol of the sheet, as stored. */
    SheetDocument issued(SheetDetails sheet, java.util.UUID fileId) {
        StoredFile file = files.get(fileId);
        return new SheetDocument(file.originalName(), files.readOwned(FILE_OWNER, sheet.id(), fileId));
    }

    private static String intakeName(SheetDetails sheet) {
        return "intake-" + sheet.number() + ".pdf";
    }

    private SheetDocument renderIntake(SheetDetails sheet) {
        Locale locale = Locale.forLanguageTag(sheet.language());
        Map<String, Object> model = common(sheet, locale);
        model.put(
                "document",
                Map.of(
                        "number",
                        sheet.number(),
                        "date",
                        sheet.receivedAt().atZone(tenant.zone()).toLocalDate()));
        model.put("trackingQr", qrDataUri(portalUrl(sheet)));
        extensions.forEach(x -> x.addTo(WorkshopModule.INTAKE_PROTOCOL, sheet, model));
        return new SheetDocument(intakeName(sheet), documents.render(WorkshopModule.INTAKE_PROTOCOL, locale, model));
    }

    SheetDocument handover(SheetDetails sheet, List<WorkEntry> entries, boolean unrepairable) {
        Locale locale = Locale.forLanguageTag(sheet.language());
        Map<String, Object> model = common(sheet, locale);
        java.time.Instant at = sheet.handedOverAt() == null ? java.time.Instant.now() : sheet.handedOverAt();
        model.put(
                "document",
                Map.of(
                        "number",
                        sheet.number(),
                        "date",
                        at.atZone(tenant.zone()).toLocalDate()));
        WorkCharges charges = WorkCharges.of(entries);
        model.put("workDone", charges.workDone());
        // the charged work is listed with its price; the text says only what is not listed, so nothing prints twice
        model.put("workNotCharged", charges.workNotCharged());
        List<Map<String, Object>> items = new ArrayList<>();
        for (WorkCharges.Line line : charges.lines()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("description", line.description());
            item.put("quantity", BigDecimal.ONE);
            item.put("unit", "");
            item.put("price", line.price());
            item.put("total", line.price());
            items.add(item);
        }
        model.put("items", items);
        model.put("hasItems", !items.isEmpty());
        model.put("totals", Map.of("net", charges.net(), "gross", charges.gross()));
        model.put("notes", sheet.finalNotes() == null ? "" : sheet.finalNotes());
        model.put("technician", sheet.technicianName() == null ? "" : sheet.technicianName());
        model.put("unrepairable", unrepairable);
        extensions.forEach(x -> x.addTo(WorkshopModule.HANDOVER_PROTOCOL, sheet, model));
        return new SheetDocument(
                "handover-" + sheet.number() + ".pdf",
                documents.render(WorkshopModule.HANDOVER_PROTOCOL, locale, model));
    }

    /**
     * What every document of a sheet prints: customer, equipment, problem, estimate, currency, promised date, tracking
     * code and portal link, the sheet's custom fields ({@code custom.*}).
     */
    public Map<String, Object> common(SheetDetails sheet, Locale locale) {
        Map<String, Object> model = new LinkedHashMap<>();
        CustomerRef c = sheet.customer();
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("name", c.name());
        customer.put("address", c.address());
        customer.put("phone", c.phone() == null ? "" : c.phone());
        customer.put("email", c.email() == null ? "" : c.email());
        customer.put("taxId", c.taxId() == null ? "" : c.taxId());
        model.put("customer", customer);
        EquipmentRef e = sheet.equipment();
        Map<String, Object> equipment = new LinkedHashMap<>();
        equipment.put("type", e.typeName());
        equipment.put("manufacturer", e.manufacturer());
        equipment.put("model", e.model());
        equipment.put("serial", e.serialNumber());
        equipment.put("accessories", sheet.accessories() == null ? "" : sheet.accessories());
        equipment.put("condition", sheet.visibleCondition() == null ? "" : sheet.visibleCondition());
        model.put("equipment", equipment);
        model.put("problem", sheet.problem());
        model.put(
                "estimate",
                sheet.estimatedCost() == null ? "" : sheet.estimatedCost().setScale(2, RoundingMode.HALF_UP));
        model.put("currency", sheet.currency());
        model.put("promisedDate", sheet.promisedDate() == null ? "" : sheet.promisedDate());
        model.put("trackingCode", PublicCodes.display(sheet.trackingCode()));
        model.put("portalUrl", portalUrl(sheet));
        Map<String, Object> custom = new LinkedHashMap<>();
        customFields
                .placeholders(WorkshopModule.SERVICE_SHEET, null, sheet.customFields(), locale)
                .forEach((k, v) -> custom.put(k.substring(CustomFieldService.PLACEHOLDER_PREFIX.length()), v));
        model.put("custom", custom);
        return model;
    }

    /** A QR code of the text as a PNG data URI (error correction M, 4 px per module). */
    public static String qrDataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(qrPng(text));
    }

    static byte[] qrPng(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            int scale = 6;
            BufferedImage image = new BufferedImage(
                    matrix.getWidth() * scale, matrix.getHeight() * scale, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("Cannot encode a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
