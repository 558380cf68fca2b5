package com.intervo.workshop.plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.crm.CatalogService;
import com.intervo.crm.CustomerDraft;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.kernel.ui.HomeView;
import com.intervo.kernel.ui.NotFoundView;
import com.intervo.testsupport.ActingAs;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.Intake;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationTester;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadTester;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Workshop Plus sheet screen without a browser, on a fresh Plus workspace with the catalog of the API test: the
 * desk takes a phone in, the technician evaluates it point by point on the screen (a problem with its defect, cause,
 * the part it needs and a photo; a save over a point changed meanwhile is reloaded), finishes the evaluation; the desk
 * sends the quote and records the customer's acceptance by phone; the technician works through the checklist
 * (completing early is refused, "changed" needs its note) and completes the repair. A workspace licensed only for
 * Workshop Simple finds no Plus screen; the settings are the admin's, saved over the version read.
 */
@TenantIntegrationTest
class WorkshopPlusSheetViewIT extends SpringBrowserlessTest {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    CatalogService catalogService;

    @Autowired
    WorkspaceClock workspace;

    @Autowired
    PlusDesk desk;

    @Autowired
    PlusSheets sheets;

    @Autowired
    Evaluation evaluation;

    @Autowired
    Quotes quotes;

    @Autowired
    PlusSettingsService settings;

    TenantId tenant;
    PlusCatalog catalog;

    @BeforeEach
    void setUp() {
        tenant = fixtures.newTenant(
                ModuleKey.WORKSHOP_SIMPLE, ModuleKey.WORKSHOP_PLUS, ModuleKey.STOCK, ModuleKey.INVOICING);
        catalog = PlusCatalog.create(catalogService, tenant, workspace.currency(tenant));
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
        TenantContext.clear();
    }

    /** The desk takes a phone in the Plus way, to be evaluated first. */
    private UUID takeIn(String serial) {
        return ActingAs.as(
                tenant,
                "dispatcher",
                () -> desk.intake(new PlusIntake(
                                new Intake(
                                        null,
                                        null,
                                        new CustomerDraft(
                                                Customer.Kind.PERSON,
                                                "Ioana Marin",
                                                null,
                                                "ioana@example.ro",
                                                "0722 333 444",
                                                "ro",
                                                null,
                                                Map.of(),
                                                List.of(),
                                                List.of()),
                                        null,
                                        new Equipment.Draft(
                                                null,
                                                null,
                                                catalog.typeId(),
                                                null,
                                                serial,
                                                "Phone 13",
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                Map.of()),
                                        "Screen cracked after a fall",
                                        "case",
                                        null,
                                        null,
                                        null,
                                        Map.of(),
                                        null,
                                        false),
                                List.of(catalog.brokenScreen()),
                                List.of(new PlusIntake.ServiceOrder(catalog.diagnostics(), BigDecimal.ONE)),
                                "Glass shattered, touch works",
                                true,
                                Plus.Warranty.NONE,
                                null,
                                false))
                        .sheet()
                        .id());
    }

    private void click(String id) {
        test(find(Button.class).withId(id).single()).click();
    }

    private String text(String id) {
        return find(Component.class).withId(id).single().getElement().getText();
    }

    @SuppressWarnings("unchecked")
    private ComboBoxTester<ComboBox<Object>, Object> combo(String id) {
        ComboBox<Object> box = find(ComboBox.class).withId(id).single();
        return test(box);
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream()
                .map(n -> {
                    NotificationTester<Notification> tester = test(n);
                    return tester.getText();
                })
                .toList();
    }

    private Evaluation.Point point(UUID sheetId, String text) {
        return ActingAs.as(tenant, "technician", () -> evaluation.of(sheetId)).points().stream()
                .filter(p -> p.text().equals(text))
                .findFirst()
                .orElseThrow();
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            image.setRGB(x, x % 48, 0xff0000);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void evaluatedOnTheBenchQuotedAtTheDeskRepairedOnTheBench() throws Exception {
        UUID id = takeIn("IMEI-VIEW-0001");
        String route = "workshop-plus/sheets/" + id;

        // --- the technician evaluates
        fixtures.signIn(tenant, "technician");
        navigate(route, Component.class);
        assertThat(text("plus-stage")).isEqualTo("Evaluation");
        assertThat(text("plus-evaluation-progress")).isEqualTo("0 of 3 points evaluated");
        assertThat(find(Anchor.class).withId("plus-back-to-sheet").single().getHref())
                .isEqualTo("workshop/sheets/" + id);
        // the desk's actions are not the bench's
        assertThat(find(Button.class).withId("plus-quote-send").all()).isEmpty();

        // a photo of the device as it came in, shown as its thumbnail under the header
        assertThat(find(Component.class).withId("plus-sheet-photos-none").all()).hasSize(1);
        assertThat(find(Image.class).withId("plus-sheet-photo-0").all()).isEmpty();
        test(find(Upload.class).withId("plus-sheet-photo-upload").single()).upload("label.png", "image/png", png());
        roundTrip();
        List<UUID> sheetPhotos = ActingAs.as(tenant, "technician", () -> evaluation.sheetPhotos(id));
        assertThat(sheetPhotos).hasSize(1);
        assertThat(notifications()).contains("Photo of the device added.");
        assertThat(find(Image.class).withId("plus-sheet-photo-0").single().getAlt())
                .contains("Photo 1 of the device");
        assertThat(find(Component.class).withId("plus-sheet-photos-none").all()).isEmpty();
        assertThat(ActingAs.as(tenant, "technician", () -> evaluation.isPhotoOf(id, sheetPhotos.getFirst())))
                .isTrue();

        // the display is cracked: a problem with its defect, its cause and the screen to replace
        click("plus-point-0-problem");
        click("plus-point-0-save");
        // a problem without its defect is refused on the field
        assertThat(find(ComboBox.class).withId("plus-point-0-defect").single().isInvalid())
                .isTrue();
        combo("plus-point-0-defect").selectItem("Cracked");
        combo("plus-point-0-cause").selectItem("Impact");
        click("plus-point-0-add-need");
        combo("plus-point-0-need-0-item").selectItem("SCR-13 Screen assembly 13");
        click("plus-point-0-save");
        assertThat(text("plus-point-0-result")).isEqualTo("Problem");
        assertThat(text("plus-evaluation-progress")).isEqualTo("1 of 3 points evaluated");
        Evaluation.Point display = point(id, "Display");
        assertThat(display.defect()).isEqualTo("Cracked");
        assertThat(display.cause()).isEqualTo("Impact");
        assertThat(display.needs())
                .singleElement()
                .satisfies(n -> assertThat(n.itemId()).isEqualTo(catalog.screen()));

        // a photo of the problem, shown as its thumbnail
        Upload upload = find(Upload.class).withId("plus-point-0-upload").single();
        UploadTester<Upload> uploader = test(upload);
        uploader.upload("display.png", "image/png", png());
        roundTrip();
        assertThat(point(id, "Display").photoIds()).hasSize(1);
        assertThat(find(Image.class).withClassName("plus-photo").all()).hasSize(1);
        // a point found OK takes no photo
        assertThat(find(Upload.class).withId("plus-point-1-upload").all()).isEmpty();

        // another technician saves the battery meanwhile: this save is refused, said so, and the point reloaded
        Evaluation.Point battery = point(id, "Battery");
        ActingAs.as(
                tenant,
                "manager",
                () -> evaluation.answer(
                        id,
                        battery.id(),
                        new Evaluation.Answer(
                                battery.version(), Evaluation.Result.OK, null, null, "Holds charge", List.of())));
        click("plus-point-1-ok");
        click("plus-point-1-save");
        assertThat(notifications()).anyMatch(t -> t.startsWith("Someone else changed this sheet in the meantime"));
        assertThat(text("plus-point-1-result")).isEqualTo("OK");
        assertThat(text("plus-evaluation-progress")).isEqualTo("2 of 3 points evaluated");

        // finishing with a point open is refused with the count
        click("plus-finish-evaluation");
        assertThat(notifications()).contains("1 point of the checklist is not evaluated yet.");
        assertThat(text("plus-stage")).isEqualTo("Evaluation");
        click("plus-point-2-ok");
        click("plus-point-2-save");
        click("plus-finish-evaluation");
        assertThat(text("plus-stage")).isEqualTo("Quote");
        // read-only now, and the draft quote is the desk's
        assertThat(find(Button.class).withId("plus-point-0-save").all()).isEmpty();
        assertThat(text("plus-quote-1-status")).isEqualTo("Draft");
        assertThat(find(Button.class).withId("plus-quote-send").all()).isEmpty();

        // --- the desk sends the quote and records the acceptance given by phone
        fixtures.signIn(tenant, "dispatcher");
        navigate(route, Component.class);
        assertThat(find(Button.class).withId("plus-finish-evaluation").all()).isEmpty();
        assertThat(find(Image.class).withId("plus-sheet-photo-0").all()).hasSize(1);
        assertThat(find(EmailField.class).withId("plus-quote-email").single().getValue())
                .isEqualTo("ioana@example.ro");
        click("plus-quote-send");
        assertThat(text("plus-quote-1-status")).isEqualTo("Sent – waiting for the customer");
        assertThat(find(Anchor.class).withId("plus-quote-1-pdf").all()).hasSize(1);
        Quote sent = quotes.ofSheet(id).getFirst();
        assertThat(sent.status()).isEqualTo(Plus.QuoteStatus.SENT);
        assertThat(sent.sentTo()).isEqualTo("ioana@example.ro");
        assertThat(sent.lines()).hasSize(2);
        assertThat(sent.gross()).isEqualByComparingTo("605.00");

        click("plus-quote-decision");
        test(find(TextArea.class).withId("plus-decision-comment").single()).setValue("Yes, go ahead");
        click("plus-decision-confirm");
        assertThat(text("plus-stage")).isEqualTo("Repair");
        assertThat(text("plus-quote-1-status")).isEqualTo("Accepted");
        Quote accepted = quotes.ofSheet(id).getFirst();
        assertThat(accepted.status()).isEqualTo(Plus.QuoteStatus.ACCEPTED);
        assertThat(accepted.channel()).isEqualTo(Plus.Channel.PHONE);
        assertThat(accepted.decidedBy()).startsWith("Ioana Marin");
        assertThat(accepted.comment()).isEqualTo("Yes, go ahead");
        // the checklist is the bench's
        assertThat(find(Button.class).withId("plus-repair-line-0-done").all()).isEmpty();

        // --- the technician repairs
        fixtures.signIn(tenant, "technician");
        navigate(route, Component.class);
        assertThat(text("plus-repair-progress")).isEqualTo("0 of 2 lines settled");
        click("plus-complete");
        assertThat(notifications()).contains("2 lines of the repair checklist are still open.");
        assertThat(text("plus-stage")).isEqualTo("Repair");
        click("plus-repair-line-0-done");
        assertThat(text("plus-repair-line-0-state")).isEqualTo("Done");
        // done differently needs its note
        click("plus-repair-line-1-changed");
        click("plus-changed-confirm");
        assertThat(find(TextArea.class).withId("plus-changed-note").single().isInvalid())
                .isTrue();
        test(find(TextArea.class).withId("plus-changed-note").single()).setValue("Screen of the second supplier");
        click("plus-changed-confirm");
        assertThat(text("plus-repair-line-1-state")).isEqualTo("Done differently");
        assertThat(text("plus-repair-progress")).isEqualTo("2 of 2 lines settled");
        click("plus-complete");
        assertThat(text("plus-stage")).isEqualTo("Completed");
        assertThat(text("plus-outcome-text")).startsWith("Repair completed on ");
        assertThat(find(Button.class).withId("plus-complete").all()).isEmpty();
        assertThat(find(Button.class).withId("plus-irreparable").all()).isEmpty();
        assertThat(sheets.get(id).stage()).isEqualTo(Plus.Stage.COMPLETED);
        // the device's photos stay shown on a completed sheet, no longer taken
        assertThat(find(Image.class).withId("plus-sheet-photo-0").all()).hasSize(1);
        assertThat(find(Upload.class).withId("plus-sheet-photo-upload").all()).isEmpty();

        // another Plus workspace finds neither the sheet nor its photo
        TenantId other = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE, ModuleKey.WORKSHOP_PLUS);
        fixtures.signIn(other, "admin");
        navigate(route, NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(Image.class).withId("plus-sheet-photo-0").all()).isEmpty();
        UUID photo = sheetPhotos.getFirst();
        assertThatThrownBy(() -> ActingAs.as(other, "admin", () -> evaluation.photo(id, photo, true)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThat(ActingAs.as(other, "admin", () -> evaluation.sheetPhotos(id)))
                .isEmpty();
    }

    @Test
    void aSimpleWorkspaceFindsNoPlusScreenAndTheSettingsAreTheAdminsOnly() {
        UUID plusSheet = takeIn("IMEI-VIEW-0002");

        TenantId simple = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        fixtures.signIn(simple, "admin");
        for (String route : List.of(
                "workshop-plus/sheets/" + plusSheet,
                "workshop-plus/sheets/" + UUID.randomUUID(),
                "workshop-plus/settings")) {
            navigate(route, NotFoundView.class);
            assertThat(getCurrentView()).as(route).isInstanceOf(NotFoundView.class);
        }
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all().stream()
                        .map(SideNavItem::getLabel)
                        .toList())
                .doesNotContain("Workshop Plus settings");

        // in the Plus workspace the desk opens sheets but not the settings; an unknown sheet is not found
        fixtures.signIn(tenant, "dispatcher");
        navigate("workshop-plus/settings", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("workshop-plus/sheets/" + UUID.randomUUID(), NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("workshop-plus/sheets/" + plusSheet, Component.class);
        assertThat(text("plus-stage")).isEqualTo("Evaluation");
    }

    @Test
    void theAdminChangesTheSettingsOverTheVersionRead() {
        fixtures.signIn(tenant, "admin");
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all().stream()
                        .map(SideNavItem::getLabel)
                        .toList())
                .contains("Workshop Plus settings");
        navigate("workshop-plus/settings", Component.class);
        find(BigDecimalField.class).withId("plus-settings-fee").single().setValue(new BigDecimal("30"));
        test(find(Checkbox.class).withId("plus-settings-portal-photos").single())
                .click();
        boolean photos = find(Checkbox.class)
                .withId("plus-settings-portal-photos")
                .single()
                .getValue();
        click("plus-settings-save");
        assertThat(settings.current().evaluationFee()).isEqualByComparingTo("30");
        assertThat(settings.current().portalPhotos()).isEqualTo(photos);

        // a validity out of range is refused on its field
        IntegerField validity =
                find(IntegerField.class).withId("plus-settings-validity").single();
        validity.setValue(400);
        click("plus-settings-save");
        assertThat(validity.isInvalid()).isTrue();
        assertThat(settings.current().quoteValidityDays()).isNotEqualTo(400);

        // another admin saves meanwhile: this save is refused, said so, and theirs shown
        PlusSettings now = settings.current();
        settings.save(new PlusSettings(
                now.version(), now.evaluationByDefault(), now.evaluationFee(), 21, now.vatMode(), now.portalPhotos()));
        validity.setValue(10);
        click("plus-settings-save");
        assertThat(notifications()).anyMatch(t -> t.startsWith("Someone else changed the settings in the meantime"));
        assertThat(validity.getValue()).isEqualTo(21);
        assertThat(settings.current().quoteValidityDays()).isEqualTo(21);
    }
}
