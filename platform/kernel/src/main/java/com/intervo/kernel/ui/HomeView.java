package com.intervo.kernel.ui;

import com.intervo.kernel.home.HomeContributor;
import com.intervo.kernel.home.SetupStep;
import com.intervo.kernel.home.WorkCount;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The start page after sign-in, by role: what needs you today (counts that open their lists, contributed by
 * each licensed module), the getting-started steps while a new workspace has any open, then who you are and
 * what your workspace may use.
 */
@Route("")
@Menu(title = "kernel.menu.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HomeView.class);

    public HomeView(Licenses licenses, ObjectProvider<HomeContributor> contributors) {
        setId("home-view");
        IntervoUser user = IntervoAuthentication.current().orElseThrow();
        add(new H2(getTranslation("kernel.home.welcome", user.displayName())));
        add(new Paragraph(getTranslation("kernel.home.workspace", user.tenant().key())));

        List<WorkCount> work = new ArrayList<>();
        List<SetupStep> steps = new ArrayList<>();
        contributors.orderedStream().forEach(c -> {
            try {
                work.addAll(c.workToday(user));
                steps.addAll(c.setupSteps(user));
            } catch (RuntimeException e) {
                // one module's trouble must not take Home down with it
                log.warn("Home contribution of {} failed", c.getClass().getName(), e);
            }
        });
        if (steps.stream().anyMatch(s -> !s.done())) {
            add(setup(steps));
        }
        add(today(work));

        add(new H3(getTranslation("kernel.home.roles")));
        Div roles = new Div();
        for (Role role : user.roles()) {
            roles.add(badge(getTranslation(role.nameKey()), ""));
        }
        if (user.catalogEditor()) {
            roles.add(badge(getTranslation("kernel.role.catalog_editor"), ""));
        }
        add(roles);

        add(new H3(getTranslation("kernel.home.modules")));
        Div modules = new Div();
        modules.setId("home-modules");
        for (ModuleKey module : licenses.effectiveModules(user.tenant())) {
            modules.add(badge(getTranslation(module.nameKey()), "success"));
        }
        if (modules.getComponentCount() == 0) {
            modules.add(new Paragraph(getTranslation("kernel.home.no-modules")));
        }
        add(modules);
    }

    private Div today(List<WorkCount> work) {
        Div section = new Div();
        section.setId("home-today");
        section.setWidthFull();
        section.add(new H3(getTranslation("kernel.home.today")));
        if (work.isEmpty()) {
            section.add(new Paragraph(getTranslation("kernel.home.today.none")));
            return section;
        }
        Div cards = new Div();
        cards.addClassName("intervo-home-cards");
        work.stream().sorted(Comparator.comparingInt(WorkCount::order)).forEach(w -> {
            Anchor card = new Anchor(w.route(), "");
            card.setId(w.id());
            card.addClassName("intervo-home-card");
            if (w.urgent() && w.count() > 0) {
                card.addClassName("urgent");
            }
            card.getElement().setAttribute("data-count", String.valueOf(w.count()));
            Span count = new Span(String.valueOf(w.count()));
            count.addClassName("count");
            Span title = new Span(getTranslation(w.titleKey(), w.count()));
            title.addClassName("title");
            card.add(count, title);
            if (w.count() == 0 && w.emptyKey() != null) {
                Span empty = new Span(getTranslation(w.emptyKey()));
                empty.addClassName("intervo-hint");
                card.add(empty);
            }
            cards.add(card);
        });
        section.add(cards);
        return section;
    }

    private Div setup(List<SetupStep> steps) {
        Div section = new Div();
        section.setId("home-setup");
        section.setWidthFull();
        section.add(new H3(getTranslation("kernel.home.setup")));
        Paragraph intro = new Paragraph(getTranslation("kernel.home.setup.intro"));
        intro.addClassName("intervo-hint");
        section.add(intro);
        Div list = new Div();
        list.addClassName("intervo-home-steps");
        steps.stream().sorted(Comparator.comparingInt(SetupStep::order)).forEach(step -> {
            Div row = new Div();
            row.setId(step.id());
            row.addClassName("intervo-home-step");
            row.getElement().setAttribute("data-done", String.valueOf(step.done()));
            com.vaadin.flow.component.icon.Icon mark = (step.done()
                            ? com.vaadin.flow.component.icon.VaadinIcon.CHECK_CIRCLE
                            : com.vaadin.flow.component.icon.VaadinIcon.CIRCLE_THIN)
                    .create();
            mark.addClassName("mark");
            mark.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(step.done() ? "kernel.home.setup.done" : "kernel.home.setup.open"));
            Div text = new Div();
            if (step.done()) {
                text.add(new Span(getTranslation(step.titleKey())));
            } else {
                text.add(new Anchor(step.route(), getTranslation(step.titleKey())));
            }
            Span hint = new Span(getTranslation(step.hintKey()));
            hint.addClassName("intervo-hint");
            text.add(new Div(hint));
            row.add(mark, text);
            list.add(row);
        });
        section.add(list);
        return section;
    }

    private static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassName("intervo-badge");
        if (!variant.isEmpty()) {
            badge.addClassName(variant);
        }
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kernel.menu.home");
    }
}
