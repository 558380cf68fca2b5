package com.intervo.kernel.ui;

import com.intervo.kernel.i18n.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The page's {@code lang} attribute follows the UI's language on every page (screen readers, hyphenation, the
 * browser's own date inputs and translation offers depend on it); a language switch reloads the page.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            apply(ui);
            ui.addAfterNavigationListener(n -> apply(ui));
        });
    }

    static void apply(UI ui) {
        String language = Messages.supported(ui.getLocale()).getLanguage();
        ui.getElement().setAttribute("lang", language);
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)", language);
    }
}
