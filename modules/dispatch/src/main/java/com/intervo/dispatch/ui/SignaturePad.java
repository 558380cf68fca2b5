package com.intervo.dispatch.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * A signature drawn with a finger or a pen (signature_pad from its webjar, no frontend build); read back as PNG
 * bytes (empty when nothing was drawn).
 */
@Tag("div")
@JavaScript("context://webjars/signature_pad/5.0.4/dist/signature_pad.umd.min.js")
@JavaScript("context://scripts/dispatch.js")
class SignaturePad extends Div {

    SignaturePad() {
        addClassName("dispatch-signature");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement()
                .executeJs("const el = this; (function run() { if (window.SignaturePad && window.intervoSignature) {"
                        + " window.intervoSignature.init(el); } else { setTimeout(run, 50); } })();");
    }

    void clear() {
        getElement().executeJs("window.intervoSignature && window.intervoSignature.clear(this)");
    }

    /** The drawn signature as PNG bytes (the script hands over its base64), or an empty array when nothing was drawn. */
    void read(Consumer<byte[]> png) {
        getElement()
                .executeJs("return window.intervoSignature ? window.intervoSignature.data(this) : ''")
                .then(
                        String.class,
                        base64 -> png.accept(
                                base64 == null || base64.isBlank()
                                        ? new byte[0]
                                        : Base64.getDecoder().decode(base64)));
    }
}
