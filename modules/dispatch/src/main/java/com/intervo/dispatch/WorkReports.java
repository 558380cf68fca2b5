package com.intervo.dispatch;

import com.intervo.crm.CustomerRef;
import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentRef;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.SiteRef;
import com.intervo.dispatch.domain.Ticket;
import com.intervo.dispatch.domain.TicketFinding;
import com.intervo.dispatch.domain.TicketPart;
import com.intervo.kernel.documents.DocumentService;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.files.StoredFile;
import com.intervo.kernel.i18n.Messages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * The work report of a finished ticket, from the tenant's WORK_REPORT template: customer, site, equipment, times,
 * findings, checklist answers, parts, photos (thumbnails) and the customer's signature.
 */
@Component
class WorkReports {

    static final int MAX_PHOTOS = 12;

    private final DocumentService documents;
    private final FileStorage files;
    private final Messages messages;
    private final CustomerService customers;
    private final EquipmentService equipmentService;

    WorkReports(
            DocumentService documents,
            FileStorage files,
            Messages messages,
            CustomerService customers,
            EquipmentService equipmentService) {
        this.customers = customers;
        this.equipmentService = equipmentService;
        this.documents = documents;
        this.files = files;
        this.messages = messages;
    }

    byte[] report(
            Ticket t,
            String reportNumber,
            Optional<CustomerRef> customer,
            Optional<EquipmentRef> equipment,
            String technicianName,
            Locale locale,
            ZoneId zone) {
        return documents.render(
                DispatchModule.WORK_REPORT,
                locale,
                model(t, reportNumber, customer, equipment, technicianName, locale, zone));
    }

    Map<String, Object> model(
            Ticket t,
            String reportNumber,
            Optional<CustomerRef> customer,
            Optional<EquipmentRef> equipment,
            String technicianName,
            Locale locale,
            ZoneId zone) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(
                "document",
                Map.of(
                        "number",
                        reportNumber,
                        "date",
                        LocalDateTime.ofInstant(t.getFinishedAt(), zone).toLocalDate()));
        model.put("ticket", Map.of("number", t.getNumber(), "problem", t.getProblem()));
        Map<String, Object> c = new LinkedHashMap<>();
        customer.ifPresent(cu -> {
            c.put("name", cu.name());
            put(c, "phone", cu.phone());
            put(c, "email", cu.email());
            put(c, "taxId", cu.taxId());
            cu.sites().stream().findFirst().ifPresent(s -> c.put("address", s.address()));
        });
        model.put("customer", c);
        Optional<SiteRef> site = TicketViews.site(t, customer);
        model.put(
                "site",
                Map.of(
                        "address",
                        site.map(SiteRef::address).orElse(""),
                        "label",
                        site.map(SiteRef::label).orElse("")));
        Map<String, Object> e = new LinkedHashMap<>();
        equipment.ifPresent(eq -> {
            put(e, "type", eq.typeId() == null ? null : eq.typeName());
            put(e, "manufacturer", eq.manufacturer().isEmpty() ? null : eq.manufacturer());
            put(e, "model", eq.model().isEmpty() ? null : eq.model());
            put(e, "serial", eq.serialNumber());
        });
        model.put("equipment", e);
        model.put("problem", t.getProblem());
        model.put("technician", technicianName == null ? "" : technicianName);
        model.put("arrivedAt", local(t.getArrivedAt(), zone));
        model.put("finishedAt", local(t.getFinishedAt(), zone));
        int minutes = t.getLabourMinutes() == null ? 0 : t.getLabourMinutes();
        model.put(
                "labour",
                Map.of(
                        "hours",
                        BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP),
                        "minutes",
                        minutes));
        model.put(
                "findings", t.getFindings().stream().map(TicketFinding::getText).collect(Collectors.joining("\n")));
        model.put(
                "defects",
                t.getFindings().stream()
                        .filter(f -> f.getKind() == TicketFinding.Kind.DEFECT)
                        .map(f -> Map.of("text", f.getText()))
                        .toList());
        model.put("workDone", t.getWorkDone() == null ? "" : t.getWorkDone());
        model.put("notes", "");
        List<Map<String, Object>> checklist = new ArrayList<>();
        t.getChecklist().forEach(i -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", i.getText());
            row.put("ok", i.getAnswer() != null && i.getAnswer().name().equals("OK"));
            row.put(
                    "answer",
                    i.getAnswer() == null
                            ? "–"
                            : messages.getTranslation(
                                    "dispatch.checklist." + i.getAnswer().name().toLowerCase(Locale.ROOT), locale));
            put(row, "defect", i.getDefect());
            put(row, "note", i.getNote());
            checklist.add(row);
        });
        model.put("checklist", checklist);
        model.put("hasChecklist", !checklist.isEmpty());
        model.put("checklistName", t.getChecklistName() == null ? "" : t.getChecklistName());
        List<Map<String, Object>> items = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        String currency = null;
        for (TicketPart p : t.getParts()) {
            BigDecimal total = p.getQuantity().multiply(p.getUnitPrice()).setScale(2, RoundingMode.HALF_UP);
            items.add(Map.of(
                    "description",
                    p.getName() + " (" + p.getCode() + ")",
                    "quantity",
                    p.getQuantity().stripTrailingZeros().scale() <= 0
                            ? p.getQuantity().setScale(0, RoundingMode.UNNECESSARY)
                            : p.getQuantity().stripTrailingZeros(),
                    "unit",
                    p.getUnit(),
                    "price",
                    p.getUnitPrice().setScale(2, RoundingMode.HALF_UP),
                    "total",
                    total));
            net = net.add(total);
            vat = vat.add(total.multiply(p.getVatRate()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
            currency = currency == null ? p.getCurrency() : currency;
        }
        model.put("items", items);
        model.put("hasItems", !items.isEmpty());
        model.put("currency", currency == null ? "" : currency);
        model.put(
                "totals",
                items.isEmpty()
                        ? Map.of()
                        : Map.of(
                                "net",
                                net,
                                "vat",
                                vat,
                                "gross",
                                net.add(vat),
                                "vatRate",
                                t.getParts().getFirst().getVatRate().stripTrailingZeros()));
        List<Map<String, Object>> photos = new ArrayList<>();
        for (StoredFile photo : files.of(TicketViews.PHOTO_OWNER, t.getId()).stream()
                .limit(MAX_PHOTOS)
                .toList()) {
            files.thumbnail(photo.id())
                    .ifPresent(thumb ->
                            photos.add(Map.of("src", dataUri("image/jpeg", thumb), "name", photo.originalName())));
        }
        model.put("photos", photos);
        model.put("hasPhotos", !photos.isEmpty());
        if (t.getSignatureFileId() != null) {
            model.put(
                    "signature",
                    Map.of(
                            "image",
                            dataUri("image/png", inkOnly(files.read(t.getSignatureFileId()))),
                            "name",
                            t.getSignerName(),
                            "at",
                            local(t.getSignedAt(), zone)));
        }
        return model;
    }

    /**
     * The signature cropped to its strokes (a small margin kept): a pad is wide and mostly blank, so the whole canvas
     * scaled into the signature box printed the strokes tiny — in every template, customized ones too.
     */
    static byte[] inkOnly(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                return png;
            }
            int minX = image.getWidth();
            int minY = image.getHeight();
            int maxX = -1;
            int maxY = -1;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int argb = image.getRGB(x, y);
                    int alpha = argb >>> 24;
                    int darkest = Math.min((argb >> 16) & 0xFF, Math.min((argb >> 8) & 0xFF, argb & 0xFF));
                    if (alpha > 32 && darkest < 200) {
                        minX = Math.min(minX, x);
                        minY = Math.min(minY, y);
                        maxX = Math.max(maxX, x);
                        maxY = Math.max(maxY, y);
                    }
                }
            }
            if (maxX < 0) {
                return png;
            }
            int margin = Math.max(4, (maxY - minY) / 10);
            int x0 = Math.max(0, minX - margin);
            int y0 = Math.max(0, minY - margin);
            int x1 = Math.min(image.getWidth(), maxX + margin + 1);
            int y1 = Math.min(image.getHeight(), maxY + margin + 1);
            BufferedImage cropped = new BufferedImage(x1 - x0, y1 - y0, BufferedImage.TYPE_INT_RGB);
            var g = cropped.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, cropped.getWidth(), cropped.getHeight());
            g.drawImage(image.getSubimage(x0, y0, x1 - x0, y1 - y0), 0, 0, null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(cropped, "png", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return png;
        }
    }

    private static LocalDateTime local(Instant at, ZoneId zone) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone);
    }

    private static String dataUri(String mediaType, byte[] bytes) {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
