package com.intervo.kernel.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Unknown pages and pages the user may not open (an unlicensed module, a role that does not fit) look the same,
 * so the answer tells nothing about what exists.
 */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("not-found-view");
        add(
                new H2(getTranslation("kernel.error.not-found")),
                new Paragraph(getTranslation("kernel.error.not-found-detail")),
                new RouterLink(getTranslation("kernel.error.home"), HomeView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
