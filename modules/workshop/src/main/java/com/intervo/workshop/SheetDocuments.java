package com.intervo.workshop;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.crm.domain.Site;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.documents.DocumentService;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.files.StoredFile;
import com.intervo.kernel.portal.PublicCodes;
import com.intervo.workshop.domain.ServiceSheet;
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
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The intake and handover protocols of a sheet, from the tenant's templates, in the customer's language. A protocol
 * is issued once (rendered and stored as a file of the sheet) and served as issued from then on, so a later change of
 * a template, the company or the customer leaves the customer's copy and ours the same.
 */
@Component
class SheetDocuments {

    private final DocumentService documents;
    private final CustomFieldService customFields;
    private final WorkshopTenant tenant;
    private final String publicUrl;
    private final FileStorage files;

    /** The files of issued protocols belong to the sheet under this owner type (not among its photos). */
    static final String FILE_OWNER = "SERVICE_SHEET_PROTOCOL";

    SheetDocuments(DocumentService documents, CustomFieldService customFields, WorkshopTenant tenant,
                   @Value("${intervo.public-url:http://localhost:8080}") String publicUrl, FileStorage files) {
        this.files = files;
        this.documents = documents;
        this.customFields = customFields;
        this.tenant = tenant;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    java.time.ZoneId zone() {
        return tenant.zone();
    }

    String portalUrl(ServiceSheet sheet) {
        return publicUrl + "/track/" + sheet.getTrackingCode();
    }

    /** Renders the intake protocol and stores it as the sheet's; an earlier issue stays stored. */
    SheetDocument issueIntake(ServiceSheet sheet) {
        SheetDocument pdf = renderIntake(sheet);
        StoredFile file = files.store(FILE_OWNER, sheet.getId(), pdf.fileName(), pdf.pdf());
        sheet.intakeProtocolIssued(file.id());
        return pdf;
    }

    /** The intake protocol as issued (rendered now only for a sheet from before protocols were stored). */
    SheetDocument intake(ServiceSheet sheet) {
        if (sheet.getIntakeProtocolFileId() != null) {
            return new SheetDocument(intakeName(sheet),
                    files.readOwned(FILE_OWNER, sheet.getId(), sheet.getIntakeProtocolFileId()));
        }
        return renderIntake(sheet);
    }

    /** Renders and stores the handover protocol; the sheet must be handed over. */
    SheetDocument issueHandover(ServiceSheet sheet, List<WorkEntry> entries, boolean unrepairable) {
        SheetDocument pdf = handover(sheet, entries, unrepairable);
        StoredFile file = files.store(FILE_OWNER, sheet.getId(), pdf.fileName(), pdf.pdf());
        sheet.handoverProtocolIssued(file.id());
        return pdf;
    }

    /** The handover protocol as issued at hand-over, if it was. */
    Optional<SheetDocument> issuedHandover(ServiceSheet sheet) {
        return Optional.ofNullable(sheet.getHandoverProtocolFileId()).map(id -> new SheetDocument(
                "handover-" + sheet.getNumber() + ".pdf", files.readOwned(FILE_OWNER, sheet.getId(), id)));
    }

    /** Every protocol issued for the sheet, oldest first (a corrected intake keeps its earlier issues). */
    List<StoredFile> issued(ServiceSheet sheet) {
        return files.of(FILE_OWNER, sheet.getId());
    }

    /** One issued protocol of the sheet, as stored. */
    SheetDocument issued(ServiceSheet sheet, java.util.UUID fileId) {
        StoredFile file = files.get(fileId);
        return new SheetDocument(file.originalName(), files.readOwned(FILE_OWNER, sheet.getId(), fileId));
    }

    private static String intakeName(ServiceSheet sheet) {
        return "intake-" + sheet.getNumber() + ".pdf";
    }

    private SheetDocument renderIntake(ServiceSheet sheet) {
        Locale locale = Locale.forLanguageTag(sheet.getLanguage());
        Map<String, Object> model = common(sheet, locale);
        model.put("document", Map.of("number", sheet.getNumber(),
                "date", sheet.getReceivedAt().atZone(tenant.zone()).toLocalDate()));
        model.put("trackingQr", qrDataUri(portalUrl(sheet)));
        return new SheetDocument(intakeName(sheet),
                documents.render(WorkshopModule.INTAKE_PROTOCOL, locale, model));
    }

    SheetDocument handover(ServiceSheet sheet, List<WorkEntry> entries, boolean unrepairable) {
        Locale locale = Locale.forLanguageTag(sheet.getLanguage());
        Map<String, Object> model = common(sheet, locale);
        java.time.Instant at = sheet.getHandedOverAt() == null ? java.time.Instant.now() : sheet.getHandedOverAt();
        model.put("document", Map.of("number", sheet.getNumber(), "date", at.atZone(tenant.zone()).toLocalDate()));
        List<WorkEntry> work = entries.stream().filter(e -> e.getKind() == WorkEntry.Kind.WORK).toList();
        model.put("workDone", work.stream().map(WorkEntry::getText).collect(Collectors.joining("\n")));
        // the charged work is listed with its price; the text says only what is not listed, so nothing prints twice
        model.put("workNotCharged", work.stream().filter(e -> e.getCost() == null).map(WorkEntry::getText)
                .collect(Collectors.joining("\n")));
        List<Map<String, Object>> items = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO.setScale(2);
        for (WorkEntry e : work) {
            if (e.getCost() == null) {
                continue;
            }
            BigDecimal cost = e.getCost().setScale(2, RoundingMode.HALF_UP);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("description", e.getText());
            item.put("quantity", BigDecimal.ONE);
            item.put("unit", "");
            item.put("price", cost);
            item.put("total", cost);
            items.add(item);
            net = net.add(cost);
        }
        model.put("items", items);
        model.put("hasItems", !items.isEmpty());
        model.put("totals", Map.of("net", net, "gross", net));
        model.put("notes", sheet.getFinalNotes() == null ? "" : sheet.getFinalNotes());
        model.put("technician", sheet.getTechnicianName() == null ? "" : sheet.getTechnicianName());
        model.put("unrepairable", unrepairable);
        return new SheetDocument("handover-" + sheet.getNumber() + ".pdf",
                documents.render(WorkshopModule.HANDOVER_PROTOCOL, locale, model));
    }

    private Map<String, Object> common(ServiceSheet sheet, Locale locale) {
        Map<String, Object> model = new LinkedHashMap<>();
        Customer c = sheet.getCustomer();
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("name", c.getName());
        customer.put("address", c.getSites().stream().findFirst().map(Site::address).orElse(""));
        customer.put("phone", c.getPhone() == null ? "" : c.getPhone());
        customer.put("email", c.getEmail() == null ? "" : c.getEmail());
        customer.put("taxId", c.getTaxId() == null ? "" : c.getTaxId());
        model.put("customer", customer);
        Equipment e = sheet.getEquipment();
        Map<String, Object> equipment = new LinkedHashMap<>();
        equipment.put("type", e.getType() == null ? "" : e.getType().getName());
        equipment.put("manufacturer", e.getModel() == null ? "" : e.getModel().getManufacturer().getName());
        equipment.put("model", e.getModel() == null ? (e.getName() == null ? "" : e.getName()) : e.getModel().getName());
        equipment.put("serial", e.getSerialNumber());
        equipment.put("accessories", sheet.getAccessories() == null ? "" : sheet.getAccessories());
        equipment.put("condition", sheet.getVisibleCondition() == null ? "" : sheet.getVisibleCondition());
        model.put("equipment", equipment);
        model.put("problem", sheet.getProblem());
        model.put("estimate", sheet.getEstimatedCost() == null ? "" : sheet.getEstimatedCost().setScale(2,
                RoundingMode.HALF_UP));
        model.put("currency", sheet.getCurrency());
        model.put("promisedDate", sheet.getPromisedDate() == null ? "" : sheet.getPromisedDate());
        model.put("trackingCode", PublicCodes.display(sheet.getTrackingCode()));
        model.put("portalUrl", portalUrl(sheet));
        Map<String, Object> custom = new LinkedHashMap<>();
        customFields.placeholders(WorkshopModule.SERVICE_SHEET, null, sheet.getCustomFields(), locale)
                .forEach((k, v) -> custom.put(k.substring(CustomFieldService.PLACEHOLDER_PREFIX.length()), v));
        model.put("custom", custom);
        return model;
    }

    /** A QR code of the text as a PNG data URI (error correction M, 4 px per module). */
    static String qrDataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(qrPng(text));
    }

    static byte[] qrPng(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            int scale = 6;
            BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale,
                    BufferedImage.TYPE_BYTE_BINARY);
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
