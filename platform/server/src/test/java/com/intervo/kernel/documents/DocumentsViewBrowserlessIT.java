package com.intervo.kernel.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.ui.NotFoundView;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.WithIntervoUser;
import com.intervo.workshop.WorkshopModule;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The template editor without a browser: who may open it, the preview, and a refused template. */
@TenantIntegrationTest
class DocumentsViewBrowserlessIT extends SpringBrowserlessTest {

    @Autowired
    DocumentTemplates templates;

    private <T extends Component> T byId(Class<T> type, String id) {
        return find(type).withId(id).single();
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "technician")
    void aTechnicianNeitherSeesNorOpensTheEditor() {
        navigate("admin/documents", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(SideNavItem.class).all().stream().map(SideNavItem::getLabel))
                .doesNotContain("Documents");
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "admin")
    void theAdminEditsPreviewsAndIsToldWhyABrokenTemplateIsRefused() {
        Component view = navigate("admin/documents", Component.class);
        assertThat(view.getId()).hasValue("documents-view");
        assertThat(find(SideNavItem.class).all().stream().map(SideNavItem::getLabel))
                .contains("Documents");
        // the form is what opens first; the XHTML is one click away for experts
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<String> mode =
                byId(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, "documents-mode");
        assertThat(mode.getValue()).isEqualTo("form");
        mode.setValue("xhtml");
        TextArea editor = byId(TextArea.class, "documents-editor");
        assertThat(editor.getValue()).contains("{{customer.name}}");
        assertThat(byId(IFrame.class, "documents-preview-frame").getSrc()).isNotBlank();

        String before = templates
                .template(WorkshopModule.INTAKE_PROTOCOL, Locale.ENGLISH)
                .body();
        test(editor).setValue("<html><body>\n<p>{{#items}}never closed</p>\n</body></html>");
        test(byId(Button.class, "documents-save")).click();
        assertThat(byId(Span.class, "documents-problem").getText())
                .isEqualTo("Line 2: section \"items\" is never closed.");
        assertThat(templates
                        .template(WorkshopModule.INTAKE_PROTOCOL, Locale.ENGLISH)
                        .body())
                .isEqualTo(before);

        test(editor).setValue("<html><body><img src=\"http://127.0.0.1:9/x.png\" /></body></html>");
        test(byId(Button.class, "documents-preview")).click();
        assertThat(byId(Span.class, "documents-problem").getText()).startsWith("Line 1: src=");
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "admin")
    void theEditorIsTranslated() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ro"));
        navigate("admin/documents", Component.class);
        assertThat(find(Button.class).withId("documents-form-save").single().getText())
                .isEqualTo("Salvează șablonul");
        assertThat(find(com.vaadin.flow.component.textfield.TextField.class)
                        .withId("documents-form-title")
                        .single()
                        .getLabel())
                .isEqualTo("Titlu");
    }
}
