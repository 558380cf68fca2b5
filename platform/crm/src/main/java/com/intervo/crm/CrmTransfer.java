package com.intervo.crm;

import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.crm.domain.EquipmentModel;
import com.intervo.crm.domain.EquipmentType;
import com.intervo.crm.domain.Site;
import com.intervo.kernel.customization.CustomFieldValidationException;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * CSV import and export of customers and equipment. An import is all or nothing: every row is checked by the
 * same rules as the forms; if any row fails, nothing is saved and the failed rows come back with their errors.
 * Custom field values travel in columns named {@code cf.<key>}.
 */
@Service
public class CrmTransfer {

    public enum Kind {
        CUSTOMERS,
        EQUIPMENT
    }

    public static final int MAX_ROWS = 50_000;
    public static final List<String> CUSTOMER_COLUMNS = List.of(
            "kind",
            "name",
            "tax_id",
            "email",
            "phone",
            "language",
            "notes",
            "site",
            "street",
            "city",
            "county",
            "postal_code",
            "country",
            "latitude",
            "longitude");
    public static final List<String> EQUIPMENT_COLUMNS = List.of(
            "serial_number",
            "customer",
            "customer_tax_id",
            "type",
            "manufacturer",
            "model",
            "name",
            "install_date",
            "warranty_until",
            "notes",
            "latitude",
            "longitude");

    /** A parsed file: its columns and rows, before anything is saved. */
    public record Parsed(Kind kind, List<String> columns, List<Map<String, String>> rows) {}

    /** A row that failed, with its line number in the file and a translated reason. */
    public record RowError(long line, Map<String, String> row, String field, String message) {}

    public record Outcome(int imported, List<RowError> errors) {
        public boolean succeeded() {
            return errors.isEmpty();
        }
    }

    private final CustomerService customers;
    private final EquipmentService equipment;
    private final CatalogService catalogs;
    private final Messages messages;

    CrmTransfer(CustomerService customers, EquipmentService equipment, CatalogService catalogs, Messages messages) {
        this.customers = customers;
        this.equipment = equipment;
        this.catalogs = catalogs;
        this.messages = messages;
    }

    /** Reads a CSV (comma or semicolon separated, UTF-8, header row). */
    public Parsed parse(Kind kind, InputStream in) {
        try (in) {
            return parse(kind, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Parsed parse(Kind kind, String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count()
                        > firstLine.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<String> columns = parser.getHeaderNames().stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            String required = kind == Kind.CUSTOMERS ? "name" : "serial_number";
            if (!columns.contains(required)) {
                throw DomainException.invalid("crm.import.missing-column", required, required);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw DomainException.invalid("crm.import.too-many-rows", null, MAX_ROWS);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size() && i < record.size(); i++) {
                    row.put(columns.get(i), record.get(i));
                }
                rows.add(row);
            }
            return new Parsed(kind, columns, rows);
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw DomainException.invalid("crm.import.unreadable", null);
        }
    }

    /**
     * Saves every row or none. {@code progress} receives the number of rows done.
     */
    @Transactional
    public Outcome importAll(Parsed parsed, Locale locale, IntConsumer progress) {
        List<RowError> errors = new ArrayList<>();
        int done = 0;
        for (Map<String, String> row : parsed.rows()) {
            long line = done + 2L;
            try {
                if (parsed.kind() == Kind.CUSTOMERS) {
                    customers.create(customer(row));
                } else {
                    equipment.register(equipment(row));
                }
            } catch (CustomFieldValidationException e) {
                for (CustomFieldValidationException.Problem problem : e.problems()) {
                    errors.add(new RowError(
                            line,
                            row,
                            "cf." + problem.fieldKey(),
                            problem.label(locale) + ": "
                                    + problem.message(
                                            locale, (key, params) -> messages.getTranslation(key, locale, params))));
                }
            } catch (DomainException e) {
                errors.add(new RowError(
                        line, row, e.field(), messages.getTranslation(e.messageKey(), locale, e.params())));
            }
            progress.accept(++done);
        }
        if (!errors.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Outcome(0, errors);
        }
        return new Outcome(done, List.of());
    }

    private CustomerDraft customer(Map<String, String> row) {
        Customer.Kind kind;
        String kindText = row.getOrDefault("kind", "").strip().toUpperCase(Locale.ROOT);
        try {
            kind = kindText.isEmpty() ? Customer.Kind.PERSON : Customer.Kind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("crm.import.bad-kind", "kind", kindText);
        }
        List<Site.Draft> sites = new ArrayList<>();
        String siteLabel = row.getOrDefault("site", "");
        if (!siteLabel.isBlank()
                || !row.getOrDefault("street", "").isBlank()
                || !row.getOrDefault("city", "").isBlank()) {
            sites.add(new Site.Draft(
                    null,
                    siteLabel.isBlank() ? messages.getTranslation("crm.site.main", Locale.ENGLISH) : siteLabel,
                    row.get("street"),
                    row.get("city"),
                    row.get("county"),
                    row.get("postal_code"),
                    row.get("country"),
                    decimal(row, "latitude"),
                    decimal(row, "longitude")));
        }
        return new CustomerDraft(
                kind,
                row.get("name"),
                row.get("tax_id"),
                row.get("email"),
                row.get("phone"),
                blankToNull(row.get("language")),
                row.get("notes"),
                customFields(row),
                List.of(),
                sites);
    }

    private Equipment.Draft equipment(Map<String, String> row) {
        Customer owner = findCustomer(row);
        EquipmentType type = named(catalogs.equipmentTypes(), row.get("type"), EquipmentType::getName, "type");
        EquipmentModel model = null;
        String modelName = row.getOrDefault("model", "");
        if (!modelName.isBlank()) {
            String manufacturer = row.getOrDefault("manufacturer", "");
            model = catalogs.models().stream()
                    .filter(m -> m.getName().equalsIgnoreCase(modelName.strip())
                            || m.fullName().equalsIgnoreCase(modelName.strip()))
                    .filter(m -> manufacturer.isBlank()
                            || m.getManufacturer().getName().equalsIgnoreCase(manufacturer.strip()))
                    .findFirst()
                    .orElseThrow(() -> DomainException.invalid("crm.import.unknown-model", "model", modelName));
        }
        return new Equipment.Draft(
                owner.getId(),
                owner.getSites().isEmpty() ? null : owner.getSites().getFirst().getId(),
                type == null ? null : type.getId(),
                model == null ? null : model.getId(),
                row.get("serial_number"),
                row.get("name"),
                date(row, "install_date"),
                date(row, "warranty_until"),
                row.get("notes"),
                decimal(row, "latitude"),
                decimal(row, "longitude"),
                customFields(row));
    }

    private Customer findCustomer(Map<String, String> row) {
        String taxId = row.getOrDefault("customer_tax_id", "").strip();
        String name = row.getOrDefault("customer", "").strip();
        if (taxId.isEmpty() && name.isEmpty()) {
            throw DomainException.invalid("crm.import.customer-required", "customer");
        }
        String query = taxId.isEmpty() ? name : taxId;
        List<Customer> matches = customers.search(query, 0, 20).stream()
                .filter(c ->
                        taxId.isEmpty() ? c.getName().equalsIgnoreCase(name) : taxId.equalsIgnoreCase(c.getTaxId()))
                .toList();
        if (matches.size() != 1) {
            throw DomainException.invalid(
                    matches.isEmpty() ? "crm.import.customer-not-found" : "crm.import.customer-ambiguous",
                    "customer",
                    query);
        }
        return matches.getFirst();
    }

    private static <T> T named(
            List<T> items, String name, java.util.function.Function<T, String> nameOf, String field) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return items.stream()
                .filter(i -> nameOf.apply(i).equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElseThrow(() -> DomainException.invalid("crm.import.unknown-entry", field, name));
    }

    private static Map<String, Object> customFields(Map<String, String> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (column.startsWith("cf.") && value != null && !value.isBlank()) {
                values.put(column.substring(3), value.strip());
            }
        });
        return values;
    }

    private static BigDecimal decimal(Map<String, String> row, String column) {
        String value = row.getOrDefault(column, "").strip().replace(',', '.');
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("crm.import.bad-number", column, value);
        }
    }

    private static LocalDate date(Map<String, String> row, String column) {
        String value = row.getOrDefault(column, "").strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("crm.import.bad-date", column, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The failed rows with an "error" column, to fix and import again. */
    public String errorReport(Parsed parsed, List<RowError> errors) {
        StringWriter out = new StringWriter();
        List<String> header = new ArrayList<>(List.of("line", "field", "error"));
        header.addAll(parsed.columns());
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (RowError error : errors) {
                List<String> values = new ArrayList<>(List.of(
                        String.valueOf(error.line()),
                        Optional.ofNullable(error.field()).orElse(""),
                        error.message()));
                parsed.columns().forEach(c -> values.add(error.row().getOrDefault(c, "")));
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes every customer or every piece of equipment, page by page, with custom fields as cf.* columns. */
    @Transactional(readOnly = true)
    public void export(Kind kind, OutputStream target) {
        Writer writer = new OutputStreamWriter(target, StandardCharsets.UTF_8);
        try {
            writer.write('\uFEFF');
            List<String> header = new ArrayList<>(kind == Kind.CUSTOMERS ? CUSTOMER_COLUMNS : EQUIPMENT_COLUMNS);
            java.util.TreeSet<String> customKeys = new java.util.TreeSet<>();
            int page = 500;
            long total = kind == Kind.CUSTOMERS ? customers.count("") : equipment.count("");
            for (int offset = 0; offset < total; offset += page) {
                if (kind == Kind.CUSTOMERS) {
                    customers
                            .search("", offset, page)
                            .forEach(c -> customKeys.addAll(c.getCustomFields().keySet()));
                } else {
                    equipment
                            .search("", offset, page)
                            .forEach(e -> customKeys.addAll(e.getCustomFields().keySet()));
                }
            }
            customKeys.forEach(k -> header.add("cf." + k));
            CSVPrinter printer = new CSVPrinter(
                    writer,
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader(header.toArray(String[]::new))
                            .get());
            for (int offset = 0; offset < total; offset += page) {
                if (kind == Kind.CUSTOMERS) {
                    for (Customer c : customers.search("", offset, page)) {
                        Site site = c.getSites().isEmpty() ? null : c.getSites().getFirst();
                        List<Object> values = new ArrayList<>(List.of(
                                c.getKind().name(),
                                c.getName(),
                                nz(c.getTaxId()),
                                nz(c.getEmail()),
                                nz(c.getPhone()),
                                nz(c.getLanguage()),
                                nz(c.getNotes()),
                                site == null ? "" : site.getLabel(),
                                site == null ? "" : nz(site.getStreet()),
                                site == null ? "" : nz(site.getCity()),
                                site == null ? "" : nz(site.getCounty()),
                                site == null ? "" : nz(site.getPostalCode()),
                                site == null ? "" : nz(site.getCountry()),
                                site == null ? "" : nz(site.getLatitude()),
                                site == null ? "" : nz(site.getLongitude())));
                        customKeys.forEach(
                                k -> values.add(nz(c.getCustomFields().get(k))));
                        printer.printRecord(values);
                    }
                } else {
                    for (Equipment e : equipment.search("", offset, page)) {
                        List<Object> values = new ArrayList<>(List.of(
                                e.getSerialNumber(),
                                e.getCustomer().getName(),
                                nz(e.getCustomer().getTaxId()),
                                e.getType() == null ? "" : e.getType().getName(),
                                e.getModel() == null
                                        ? ""
                                        : e.getModel().getManufacturer().getName(),
                                e.getModel() == null ? "" : e.getModel().getName(),
                                nz(e.getName()),
                                nz(e.getInstallDate()),
                                nz(e.getWarrantyUntil()),
                                nz(e.getNotes()),
                                nz(e.getLatitude()),
                                nz(e.getLongitude())));
                        customKeys.forEach(
                                k -> values.add(nz(e.getCustomFields().get(k))));
                        printer.printRecord(values);
                    }
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(Object value) {
        return value == null ? "" : value.toString();
    }
}
