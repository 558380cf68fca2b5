package com.intervo.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.files.StoredFile;
import com.intervo.kernel.files.ui.PhotoGallery;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.server.DemoWorkspaces;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Photos on the equipment card, without a browser: the gallery, a stored photo's thumbnail and its dialog; on a copy
 * of the demo workspace.
 */
@TenantIntegrationTest
class EquipmentPhotosIT extends SpringBrowserlessTest {

    static final String DEMO_SERIAL = "21163500100253820006005531N1";

    @Autowired
    EquipmentService equipment;

    @Autowired
    FileStorage storage;

    @Autowired
    DemoWorkspaces demoWorkspaces;

    @Autowired
    TenantFixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
        TenantContext.clear();
    }

    /** The demo's boiler at Ion Popescu's, in a fresh copy of the demo workspace. */
    private UUID demoEquipment() {
        fixtures.signIn(demoWorkspaces.likeDemo(), "technician");
        Equipment item = equipment.findBySerial(DEMO_SERIAL).orElseThrow();
        return item.getId();
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    @Test
    void theCardShowsTheGalleryAndAStoredPhotoAsOneThumbnail() throws IOException {
        UUID id = demoEquipment();
        navigate("equipment/" + id, Component.class);
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Photos");
        assertThat(find(PhotoGallery.class).withId("photo-gallery").all()).hasSize(1);
        assertThat(find(Upload.class).withId("photo-upload").all()).hasSize(1);
        assertThat(find(Image.class).withClassName("photo-thumb").all()).isEmpty();
        assertThat(find(Span.class).withId("photo-empty").single().getText()).isEqualTo("No photos yet.");

        StoredFile photo = storage.store("EQUIPMENT", id, "boiler-front.jpg", jpeg(1024, 768));
        navigate("equipment/" + id, Component.class);
        Image thumb = find(Image.class).withClassName("photo-thumb").single();
        assertThat(thumb.getAlt()).hasValue("boiler-front.jpg");
        assertThat(find(Span.class).withId("photo-empty").all()).isEmpty();

        ComponentUtil.fireEvent(thumb, new ClickEvent<>(thumb));
        assertThat(find(Image.class).withId("photo-full").all()).hasSize(1);
        // the technician stored it, so the technician may delete it
        Button delete = find(Button.class).withId("photo-delete").single();
        test(delete).click();
        assertThat(storage.of("EQUIPMENT", id)).extracting(StoredFile::id).doesNotContain(photo.id());
        assertThat(find(Image.class).withClassName("photo-thumb").all()).isEmpty();
    }
}
