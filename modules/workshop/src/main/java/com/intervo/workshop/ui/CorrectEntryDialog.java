package com.intervo.workshop.ui;

import com.intervo.kernel.ui.Notifications;
import com.intervo.workshop.BenchWork;
import com.intervo.workshop.SheetEntry;
import com.intervo.workshop.domain.WorkEntry;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** The author corrects their own log entry: text, and for work its minutes and cost. */
class CorrectEntryDialog extends Dialog {

    CorrectEntryDialog(BenchWork bench, SheetEntry entry, Runnable corrected) {
        setHeaderTitle(getTranslation("workshop.entry.correct"));
        setWidth("min(36rem, 95vw)");
        TextArea text = new TextArea(getTranslation("workshop.entry.text"));
        text.setId("correct-text");
        text.setWidthFull();
        text.setMaxLength(4000);
        text.setValue(entry.text());
        IntegerField minutes = new IntegerField(getTranslation("workshop.entry.minutes"));
        minutes.setId("correct-minutes");
        minutes.setMin(0);
        minutes.setValue(entry.minutes());
        BigDecimalField cost = new BigDecimalField(getTranslation("workshop.entry.cost"));
        cost.setId("correct-cost");
        cost.setValue(entry.cost());
        boolean work = entry.kind() == WorkEntry.Kind.WORK;
        minutes.setVisible(work);
        cost.setVisible(work);
        Map<String, HasValidation> fields = Map.of("text", text, "minutes", minutes, "cost", cost);
        Button save = new Button(getTranslation("workshop.entry.correct-save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                bench.correctEntry(
                        entry.id(),
                        entry.version(),
                        text.getValue(),
                        work ? minutes.getValue() : null,
                        work ? cost.getValue() : null);
                Notifications.success("workshop.entry.corrected");
                close();
                corrected.run();
            } catch (RuntimeException ex) {
                // the dialog stays open with what was typed
                Notifications.show(ex, fields);
            }
        });
        save.setId("correct-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(text, minutes, cost);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(text, 2);
        add(new Paragraph(getTranslation("workshop.entry.correct-hint")), form);
        getFooter().add(new Button(getTranslation("workshop.action.cancel"), e -> close()), save);
    }
}
