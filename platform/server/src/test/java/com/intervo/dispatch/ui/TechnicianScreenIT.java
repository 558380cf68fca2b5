package com.intervo.dispatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.dispatch.DispatchFixturesAccess;
import com.intervo.dispatch.DispatchSettings;
import com.intervo.dispatch.FieldContext;
import com.intervo.dispatch.FieldWork;
import com.intervo.dispatch.ReportSending;
import com.intervo.dispatch.TicketDesk;
import com.intervo.dispatch.TicketDetails;
import com.intervo.dispatch.TicketDraft;
import com.intervo.dispatch.TicketKind;
import com.intervo.dispatch.TicketPriority;
import com.intervo.dispatch.TicketQueries;
import com.intervo.dispatch.TicketStage;
import com.intervo.dispatch.domain.TicketChecklistItem;
import com.intervo.kernel.ui.NotFoundView;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The technician's phone screen without a browser, on a fresh workspace: the saved signature instead of an empty
 * pad, photo thumbnails, answered points highlighted, Cancel in the problem dialog, arrival without GPS, the work
 * timer, the minutes asked at finish, the report link and the way back; the "no GPS" flag on the board and the
 * ticket page; the admin's choice of when the report is sent.
 */
@TenantIntegrationTest
class TechnicianScreenIT extends SpringBrowserlessTest {

    @Autowired
    DispatchFixturesAccess dispatch;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    TicketDesk desk;

    @Autowired
    FieldWork fieldWork;

    @Autowired
    TicketQueries queries;

    @Autowired
    DispatchSettings settings;

    DispatchFixturesAccess.Workspace ws;

    @BeforeEach
    void workspace() {
        ws = dispatch.workspace();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private TicketDetails enRoute() {
        TicketDetails opened = dispatch.as(
                ws.tenant(),
                "dispatcher",
                () -> desk.open(new TicketDraft(
                        TicketKind.REPAIR,
                        ws.customerId(),
                        null,
                        ws.equipmentId(),
                        null,
                        "Nu pornește",
                        TicketPriority.NORMAL,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        ws.technicianId())));
        return dispatch.as(ws.tenant(), "technician", () -> {
            TicketDetails t = fieldWork.accept(opened.id(), FieldContext.version(opened.version()));
            return fieldWork.enRoute(t.id(), FieldContext.version(t.version()));
        });
    }

    private TicketDetails onSite() {
        TicketDetails t = enRoute();
        return dispatch.as(
                ws.tenant(), "technician", () -> fieldWork.arrived(t.id(), FieldContext.at(t.version(), 46.77, 23.59)));
    }

    private String screenUser;

    /** Signs in the user whose screen the test looks at. */
    private void signIn(String username) {
        screenUser = username;
        fixtures.signIn(ws.tenant(), username);
    }

    /** The ticket as stored now; the screen's user stays signed in. */
    private TicketDetails reload(UUID id) {
        TicketDetails now = dispatch.as(ws.tenant(), "technician", () -> queries.get(id));
        if (screenUser != null) {
            fixtures.signIn(ws.tenant(), screenUser);
        }
        return now;
    }

    @Test
    void onSiteTheScreenShowsWhatIsSavedAndHighlightsWhatIsAnswered() throws Exception {
        TicketDetails t = onSite();
        byte[] photo = png(400, 300);
        byte[] drawn = png(300, 100);
        dispatch.as(ws.tenant(), "technician", () -> {
            fieldWork.addPhoto(t.id(), FieldContext.none(), "boiler.png", photo);
            fieldWork.sign(t.id(), FieldContext.none(), "Ion Popescu", drawn);
            return fieldWork.answer(
                    t.id(),
                    FieldContext.none(),
                    t.checklist().getFirst().id(),
                    TicketChecklistItem.Answer.OK,
                    null,
                    null);
        });
        signIn("technician");
        navigate("dispatch/my/" + t.id(), Component.class);

        // photo thumbnails, not a count
        Div photos = find(Div.class).withId("my-photos").single();
        assertThat(photos.getChildren().count()).isEqualTo(1);
        assertThat(find(Image.class).withClassName("dispatch-photo").all()).hasSize(1);
        // the saved signature is shown; the pad waits behind "sign again"
        Image signature = find(Image.class).withId("my-signature").single();
        assertThat(signature.getSrc()).isNotBlank();
        assertThat(find(SignaturePad.class).all()).isEmpty();
        test(find(Button.class).withId("my-sign-again").single()).click();
        assertThat(find(SignaturePad.class).withId("my-signature-pad").all()).hasSize(1);
        // the answered point stands out, the others do not
        assertThat(find(Div.class).withId("point-1").single().getClassNames()).contains("dispatch-point-ok");
        assertThat(find(Div.class).withId("point-2").single().getClassNames())
                .doesNotContain("dispatch-point-ok", "dispatch-point-problem");

        // the problem dialog can be cancelled: nothing is answered
        Button problem = find(Button.class).withText("Problem").all().get(1);
        test(problem).click();
        Dialog dialog = find(Dialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        test(find(Button.class).withId("problem-cancel").single()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(reload(t.id()).checklist().get(1).answer()).isNull();
    }

    @Test
    void withoutGpsTheTechnicianArrivesWithAReasonAndTheOfficeSeesTheFlag() {
        TicketDetails t = enRoute();
        signIn("technician");
        navigate("dispatch/my/" + t.id(), Component.class);
        test(find(Button.class).withId("my-arrived-no-fix").single()).click();
        // the reason is required
        test(find(Button.class).withId("reason-confirm").single()).click();
        assertThat(find(TextArea.class).withId("reason-text").single().isInvalid())
                .isTrue();
        assertThat(reload(t.id()).stage()).isEqualTo(TicketStage.EN_ROUTE);
        test(find(TextArea.class).withId("reason-text").single()).setValue("Subsol, fără semnal");
        test(find(Button.class).withId("reason-confirm").single()).click();
        assertThat(reload(t.id()).stage()).isEqualTo(TicketStage.ON_SITE);
        assertThat(find(Span.class).withId("my-no-fix").single().getText()).contains("Subsol, fără semnal");

        // the dispatcher's board and ticket page flag it
        signIn("dispatcher");
        navigate("dispatch/tickets/" + t.id(), Component.class);
        Span flag = find(Span.class).withId("ticket-no-fix").single();
        assertThat(flag.getText()).isEqualTo("No GPS");
        assertThat(flag.getTitle()).hasValue("Subsol, fără semnal");
        navigate("dispatch", Component.class);
        @SuppressWarnings("unchecked")
        Grid<com.intervo.dispatch.TicketSummary> active =
                find(Grid.class).withId("board-active").single();
        var grid = test(active);
        int row = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).id().equals(t.id())) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        boolean flagged = false;
        for (int column = 0; column < active.getColumns().size(); column++) {
            try {
                Component cell = grid.getCellComponent(row, column);
                flagged |= cell.getChildren().anyMatch(c -> c.getId().orElse("").equals("no-fix-" + t.number()));
            } catch (RuntimeException notAComponentColumn) {
                // a text column
            }
        }
        assertThat(flagged).isTrue();
    }

    @Test
    void theTimerRunsAndTheMinutesAreAskedAtFinishThenTheReportAndTheWayBack() {
        TicketDetails t = onSite();
        dispatch.as(ws.tenant(), "technician", () -> {
            TicketDetails now = t;
            for (TicketDetails.ChecklistItem item : t.checklist()) {
                now = fieldWork.answer(
                        t.id(), FieldContext.none(), item.id(), TicketChecklistItem.Answer.OK, null, null);
            }
            return now;
        });
        signIn("technician");
        navigate("dispatch/my/" + t.id(), Component.class);
        test(find(Button.class).withId("my-timer-start").single()).click();
        assertThat(reload(t.id()).workStartedAt()).isNotNull();
        assertThat(find(Span.class).withId("my-timer").single().getText()).startsWith("Working since");
        test(find(Button.class).withId("my-timer-stop").single()).click();
        assertThat(reload(t.id()).workStartedAt()).isNull();

        IntegerField minutes = find(IntegerField.class).withId("my-minutes").single();
        assertThat(minutes.getValue()).isNotNull();
        minutes.clear();
        test(find(Button.class).withId("my-finish").single()).click();
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(reload(t.id()).stage()).isEqualTo(TicketStage.ON_SITE);
        test(find(IntegerField.class).withId("my-minutes").single()).setValue(35);
        test(find(Button.class).withId("my-finish").single()).click();

        TicketDetails done = reload(t.id());
        assertThat(done.stage()).isEqualTo(TicketStage.DONE);
        assertThat(done.labourMinutes()).isEqualTo(35);
        assertThat(find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class)
                        .withId("my-finished")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("goes to the customer once a manager approves it")
                .contains("35 min");
        Anchor report = find(Anchor.class).withId("my-report").single();
        assertThat(report.getHref()).isNotBlank();
        assertThat(report.getText()).contains(done.reportNumber());
        assertThat(find(RouterLink.class).withId("my-back-to-list").single().getHref())
                .isEqualTo("dispatch/my");
        assertThat(find(Paragraph.class).all()).noneMatch(p -> p.getText().contains("is being sent"));
    }

    @Test
    void onlyTheAdminChoosesWhenTheReportIsSent() {
        signIn("admin");
        navigate("dispatch/settings", Component.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReportSending> sending =
                find(RadioButtonGroup.class).withId("report-sending").single();
        assertThat(sending.getValue()).isEqualTo(ReportSending.AFTER_APPROVAL);
        test(sending).selectItem("When the technician finishes");
        test(find(Button.class).withId("dispatch-settings-save").single()).click();
        assertThat(dispatch.as(ws.tenant(), "admin", settings::reportSending)).isEqualTo(ReportSending.AT_FINISH);

        signIn("manager");
        navigate("dispatch/settings", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.drawLine(3, height - 3, width - 3, 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
