package com.intervo.kernel.documents;

import static com.intervo.kernel.documents.DocumentsTestSupport.EN;
import static com.intervo.kernel.documents.DocumentsTestSupport.RO;
import static com.intervo.kernel.documents.DocumentsTestSupport.images;
import static com.intervo.kernel.documents.DocumentsTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.invoicing.InvoicingModule;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.WorkshopModule;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The template form: title, note, accent colour and blocks, set without XHTML and printed on the documents. */
@TenantIntegrationTest
class DocumentLayoutsIT extends SpringBrowserlessTest {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    DocumentService documents;

    @Autowired
    DocumentLayouts layouts;

    @Autowired
    DocumentTemplates templates;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private <T extends Component> T byId(Class<T> type, String id) {
        return find(type).withId(id).single();
    }

    @Test
    void theAdminSetsTitleNoteAndBlocksInTheFormAndTheDocumentPrintsThem() {
        TenantId tenant = fixtures.newTenant();
        TenantId other = fixtures.newTenant();
        fixtures.signIn(tenant, "admin");
        String before = text(documents.render(WorkshopModule.INTAKE_PROTOCOL, EN, Map.of()));
        assertThat(before).contains("Intake protocol").contains("Customer – name and signature");

        navigate("admin/documents", Component.class);
        test(byId(TextField.class, "documents-form-title")).setValue("Service receipt");
        test(byId(TextArea.class, "documents-form-note")).setValue("Open Mon–Fri 9–18 {{customer.name}} <b>");
        test(byId(Checkbox.class, "documents-form-signature")).click();
        test(byId(Button.class, "documents-form-save")).click();
        assertThat(byId(Span.class, "documents-form-problem").getText()).isEmpty();

        String after =
                text(documents.render(WorkshopModule.INTAKE_PROTOCOL, EN, Map.of("customer", Map.of("name", "Ana"))));
        // typed text prints as typed, never as a template tag or markup
        assertThat(after)
                .contains("Service receipt")
                .contains("Open Mon–Fri 9–18 {{customer.name}} <b>")
                .doesNotContain("Intake protocol")
                .doesNotContain("Customer – name and signature");
        // the XHTML stays as it was: the form applies on top of it
        assertThat(templates.template(WorkshopModule.INTAKE_PROTOCOL, EN).customized())
                .isFalse();
        // other languages, other kinds and other workspaces print as before
        assertThat(text(documents.render(WorkshopModule.INTAKE_PROTOCOL, RO, Map.of())))
                .doesNotContain("Service receipt");
        fixtures.signIn(other, "admin");
        assertThat(text(documents.render(WorkshopModule.INTAKE_PROTOCOL, EN, Map.of())))
                .contains("Intake protocol");

        fixtures.signIn(tenant, "admin");
        layouts.reset(WorkshopModule.INTAKE_PROTOCOL, EN);
        assertThat(text(documents.render(WorkshopModule.INTAKE_PROTOCOL, EN, Map.of())))
                .contains("Intake protocol");
    }

    @Test
    void aWrongSettingIsRefusedAndChangesNothing() {
        TenantId tenant = fixtures.newTenant();
        fixtures.signIn(tenant, "admin");
        DocumentLayoutSettings bad =
                new DocumentLayoutSettings("T", null, "red; } body { display: none", true, true, true, true);
        assertThatThrownBy(() -> layouts.save(InvoicingModule.QUOTE, EN, bad))
                .isInstanceOf(DocumentException.class)
                .extracting(e -> ((DocumentException) e).key())
                .isEqualTo("documents.layout.error.accent");
        assertThatThrownBy(() -> layouts.save(
                        InvoicingModule.QUOTE,
                        EN,
                        new DocumentLayoutSettings("x".repeat(201), null, null, true, true, true, true)))
                .isInstanceOf(DocumentException.class);
        assertThat(layouts.layout(InvoicingModule.QUOTE, EN).isAsWritten()).isTrue();
        // hiding the logo takes its image off the page
        templates.saveLogo(DocumentsTestSupport.image("png", 300, 100));
        int withLogo = images(documents.render(InvoicingModule.QUOTE, EN, Map.of()));
        layouts.save(
                InvoicingModule.QUOTE, EN, new DocumentLayoutSettings(null, null, "#aa3300", false, true, true, true));
        assertThat(images(documents.render(InvoicingModule.QUOTE, EN, Map.of())))
                .isLessThan(withLogo);
    }

    @Test
    void aTechnicianMayNotChangeTheForm() {
        TenantId tenant = fixtures.newTenant();
        fixtures.signIn(tenant, "technician");
        assertThatThrownBy(() -> layouts.save(InvoicingModule.QUOTE, EN, DocumentLayoutSettings.asWritten()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
