package com.intervo.workshop.ui;

import com.intervo.kernel.customization.StatusColours;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.Role;
import com.vaadin.flow.component.html.Span;

/** Small helpers the workshop screens share: who may see which button, status badges. */
final class WorkshopUi {

    private WorkshopUi() {}

    static boolean has(Role... roles) {
        return IntervoAuthentication.current()
                .map(u -> {
                    for (Role r : roles) {
                        if (u.has(r)) {
                            return true;
                        }
                    }
                    return false;
                })
                .orElse(false);
    }

    static boolean reception() {
        return has(Role.ADMIN, Role.DISPATCHER, Role.MANAGER);
    }

    static boolean bench() {
        return has(Role.ADMIN, Role.TECHNICIAN, Role.MANAGER);
    }

    static Span badge(String text, String colour) {
        Span badge = new Span(text);
        badge.addClassName("intervo-status");
        String background = colour == null ? StatusColours.NEUTRAL : colour;
        badge.getStyle().set("background", background).set("color", StatusColours.textOn(background));
        return badge;
    }
}
