package com.intervo.crm.ui;

import com.intervo.crm.CrmTransfer;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Import (with preview, progress and an error report) and export of the customer and equipment lists. */
@Component
class TransferActions {

    private static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final CrmTransfer transfer;

    TransferActions(CrmTransfer transfer) {
        this.transfer = transfer;
    }

    Anchor exportLink(CrmTransfer.Kind kind) {
        UI ui = UI.getCurrent();
        String file = kind == CrmTransfer.Kind.CUSTOMERS ? "customers.csv" : "equipment.csv";
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    transfer.export(kind, out);
                    byte[] bytes = out.toByteArray();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), file, "text/csv", bytes.length);
                }),
                ui.getTranslation("crm.transfer.export"));
        link.setId("export-" + kind.name().toLowerCase(Locale.ROOT));
        link.getElement().setAttribute("download", true);
        return link;
    }

    Button importButton(CrmTransfer.Kind kind, Runnable afterImport) {
        Button button = new Button(
                UI.getCurrent().getTranslation("crm.transfer.import"),
                VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(kind, afterImport).open());
        button.setId("import-" + kind.name().toLowerCase(Locale.ROOT));
        return button;
    }

    private final class ImportDialog extends Dialog {
        private final CrmTransfer.Kind kind;
        private final Runnable afterImport;
        private final Paragraph summary = new Paragraph();
        private final Grid<Map<String, String>> preview = new ListGrid<>();
        private final Button start = new Button();
        private final ProgressBar progress = new ProgressBar();
        private final Span status = new Span();
        private final Paragraph errorsTitle = new Paragraph();
        private final Grid<CrmTransfer.RowError> errors = new ListGrid<>();
        private final Anchor report = new Anchor();
        private CrmTransfer.Parsed parsed;

        ImportDialog(CrmTransfer.Kind kind, Runnable afterImport) {
            this.kind = kind;
            this.afterImport = afterImport;
            setId("import-dialog");
            setHeaderTitle(getTranslation(
                    kind == CrmTransfer.Kind.CUSTOMERS
                            ? "crm.transfer.import-customers"
                            : "crm.transfer.import-equipment"));
            setWidth("min(60rem, 100vw)");
            Paragraph help = new Paragraph(getTranslation(
                    "crm.transfer.help",
                    String.join(
                            ", ",
                            kind == CrmTransfer.Kind.CUSTOMERS
                                    ? CrmTransfer.CUSTOMER_COLUMNS
                                    : CrmTransfer.EQUIPMENT_COLUMNS)));
            help.addClassName("intervo-hint");

            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
                String failure = null;
                CrmTransfer.Parsed result = null;
                try {
                    result = transfer.parse(kind, new String(bytes, StandardCharsets.UTF_8));
                } catch (RuntimeException e) {
                    failure = e instanceof com.intervo.kernel.errors.DomainException d
                            ? getTranslation(d.messageKey(), d.params())
                            : getTranslation("crm.import.unreadable");
                }
                CrmTransfer.Parsed ok = result;
                String error = failure;
                getUI().ifPresent(ui -> ui.access(() -> showPreview(ok, error)));
            }));
            upload.setId("import-upload");
            upload.setMaxFiles(1);
            upload.setMaxFileSize(MAX_FILE_BYTES);
            upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");

            summary.setId("import-summary");
            preview.setId("import-preview");
            preview.setVisible(false);
            preview.setHeight("14rem");
            start.setId("import-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setVisible(false);
            start.addClickListener(e -> run());
            progress.setId("import-progress");
            progress.setVisible(false);
            status.setId("import-status");
            errorsTitle.setVisible(false);
            errors.setId("import-errors");
            errors.setVisible(false);
            errors.addColumn(CrmTransfer.RowError::line)
                    .setHeader(getTranslation("crm.transfer.line"))
                    .setFlexGrow(0);
            errors.addColumn(CrmTransfer.RowError::field).setHeader(getTranslation("crm.transfer.field"));
            errors.addColumn(CrmTransfer.RowError::message)
                    .setHeader(getTranslation("crm.transfer.error"))
                    .setFlexGrow(3);
            errors.setHeight("14rem");
            report.setId("import-report");
            report.setText(getTranslation("crm.transfer.report"));
            report.getElement().setAttribute("download", true);
            report.setVisible(false);
            add(help, upload, summary, preview, start, progress, status, errorsTitle, errors, report);
            getFooter().add(new Button(getTranslation("crm.action.cancel"), e -> close()));
        }

        private void showPreview(CrmTransfer.Parsed result, String error) {
            errors.setVisible(false);
            errorsTitle.setVisible(false);
            report.setVisible(false);
            status.setText("");
            if (error != null) {
                summary.setText(error);
                preview.setVisible(false);
                start.setVisible(false);
                return;
            }
            parsed = result;
            summary.setText(getTranslation("crm.transfer.rows", result.rows().size()));
            preview.removeAllColumns();
            for (String column : result.columns()) {
                preview.addColumn(row -> row.getOrDefault(column, ""))
                        .setHeader(column)
                        .setAutoWidth(true);
            }
            preview.setItems(result.rows().subList(0, Math.min(20, result.rows().size())));
            preview.setVisible(true);
            start.setText(getTranslation("crm.transfer.start", result.rows().size()));
            start.setVisible(!result.rows().isEmpty());
        }

        /** Runs in the background with the tenant and user of this screen; the screen polls for progress. */
        private void run() {
            UI ui = UI.getCurrent();
            CrmTransfer.Parsed work = parsed;
            TenantId tenant = TenantContext.require();
            SecurityContext security = SecurityContextHolder.getContext();
            Locale locale = ui.getLocale();
            int total = work.rows().size();
            start.setEnabled(false);
            progress.setVisible(true);
            progress.setMin(0);
            progress.setMax(Math.max(total, 1));
            progress.setValue(0);
            ui.setPollInterval(400);
            Thread.ofVirtual().name("crm-import-" + tenant.key()).start(() -> {
                SecurityContextHolder.setContext(security);
                try {
                    CrmTransfer.Outcome outcome = TenantContext.callAs(
                            tenant,
                            () -> transfer.importAll(
                                    work,
                                    locale,
                                    done -> ui.access(() -> {
                                        progress.setValue(done);
                                        status.setText(getTranslation("crm.transfer.progress", done, total));
                                    })));
                    ui.access(() -> finished(ui, outcome));
                } catch (RuntimeException e) {
                    ui.access(() -> {
                        ui.setPollInterval(-1);
                        start.setEnabled(true);
                        Notifications.error("crm.import.failed");
                    });
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }

        private void finished(UI ui, CrmTransfer.Outcome outcome) {
            ui.setPollInterval(-1);
            if (outcome.succeeded()) {
                Notifications.success("crm.transfer.done", outcome.imported());
                close();
                afterImport.run();
                return;
            }
            start.setEnabled(true);
            status.setText(getTranslation(
                    "crm.transfer.nothing-saved", outcome.errors().size()));
            errorsTitle.setText(getTranslation("crm.transfer.errors"));
            errorsTitle.setVisible(true);
            errors.setItems(outcome.errors());
            errors.setVisible(true);
            String csv = transfer.errorReport(parsed, outcome.errors());
            byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
            report.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), "import-errors.csv", "text/csv", bytes.length)));
            report.setVisible(true);
        }
    }

    static boolean canImport() {
        return IntervoAuthentication.current().isPresent() && Permissions.canEditCustomers();
    }
}
