package com.intervo.workshop.plus.ui;

import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.SheetViewExtension;
import com.intervo.workshop.plus.PlusSheets;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/** On Simple's sheet page of a Plus sheet: its stage and the way to its evaluation, quotes and repair. */
@org.springframework.stereotype.Component
class PlusSheetLink implements SheetViewExtension {

    private final PlusSheets sheets;
    private final Licenses licenses;

    PlusSheetLink(PlusSheets sheets, Licenses licenses) {
        this.sheets = sheets;
        this.licenses = licenses;
    }

    @Override
    public Optional<Component> section(SheetDetails sheet) {
        if (!licenses.isLicensedHere(ModuleKey.WORKSHOP_PLUS)) {
            return Optional.empty();
        }
        return sheets.find(sheet.id()).map(plus -> {
            Span stage = new Span();
            stage.setText(stage.getTranslation(
                    "workshopplus.sheet-link.stage." + plus.stage().name()));
            stage.addClassName("intervo-badge");
            stage.setId("sheet-plus-stage");
            Anchor open = new Anchor("workshop-plus/sheets/" + sheet.id(), "");
            open.setText(open.getTranslation("workshopplus.sheet-link.open"));
            open.setId("sheet-plus-link");
            Div section = new Div(stage, new Span(" "), open);
            section.setId("sheet-plus");
            return section;
        });
    }
}
