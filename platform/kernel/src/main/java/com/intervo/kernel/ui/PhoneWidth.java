package com.intervo.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * Tells a component whether the page is as narrow as a phone (up to 640 px: phones of 375–414 px and small tablets
 * in portrait; the same breakpoint as intervo.css), at once and whenever it changes (rotating the phone,
 * resizing the window), from the browser's media query.
 */
public final class PhoneWidth {

    private static final String EVENT = "intervo-phone-width";

    private PhoneWidth() {}

    /** Calls {@code listener} with {@code true} at phone width; again on every change while attached. */
    public static Registration observe(Component component, SerializableConsumer<Boolean> listener) {
        Element element = component.getElement();
        Registration events = element.addEventListener(
                        EVENT,
                        e -> listener.accept(
                                e.getEventData().path("event.detail.phone").asBoolean(false)))
                .addEventData("event.detail.phone");
        Registration attach = component.addAttachListener(e -> watch(element));
        if (component.isAttached()) {
            watch(element);
        }
        return () -> {
            events.remove();
            attach.remove();
        };
    }

    private static void watch(Element element) {
        element.executeJs("""
                const el = this;
                const query = window.matchMedia('(max-width: 640px)');
                const fire = () => el.dispatchEvent(new CustomEvent('%s', {detail: {phone: query.matches}}));
                if (!el.__intervoPhoneWidth) {
                    el.__intervoPhoneWidth = true;
                    query.addEventListener('change', fire);
                }
                fire();""".formatted(EVENT));
    }
}
