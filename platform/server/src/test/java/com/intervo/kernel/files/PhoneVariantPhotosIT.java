package com.intervo.kernel.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Photos as phones send them: WebP (read by an ImageIO plug-in, under the same content and size checks) and JPEGs
 * that store a portrait sideways with an EXIF orientation (thumbnails and recorded sizes are upright). Files of a
 * deleted owner go with it, once its transaction commits (and stay on rollback).
 */
@TenantIntegrationTest
class PhoneVariantPhotosIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    FileStorage storage;

    @Autowired
    FileSettings settings;

    @Autowired
    TransactionTemplate transactions;

    TenantId tenant;
    UUID owner;

    @BeforeEach
    void setUp() {
        tenant = fixtures.newTenant();
        owner = UUID.randomUUID();
        fixtures.signIn(tenant, "admin");
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        TenantContext.clear();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PhoneVariantPhotosIT.class.getResourceAsStream("/files/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 200×100 JPEG, red on the left half and blue on the right, as the sensor saw it. */
    private static byte[] redLeftBlueRightJpeg() {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(220, 30, 30));
        g.fillRect(0, 0, 100, 100);
        g.setColor(new Color(30, 60, 220));
        g.fillRect(100, 0, 100, 100);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, "jpeg", out)).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The JPEG with an EXIF APP1 segment (big-endian TIFF, one IFD entry: Orientation) after its JFIF APP0. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        int insertAt = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            insertAt = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        byte[] tiff = {
            'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0
        };
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + exif.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, insertAt);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exif);
        out.writeBytes(tiff);
        out.write(jpeg, insertAt, jpeg.length - insertAt);
        return out.toByteArray();
    }

    private static boolean reddish(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        return c.getRed() > 150 && c.getBlue() < 100;
    }

    private static boolean bluish(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        return c.getBlue() > 150 && c.getRed() < 100;
    }

    private BufferedImage thumbnail(StoredFile file) {
        return FilesIT.decode(storage.thumbnail(file.id()).orElseThrow());
    }

    @Test
    void aWebpPhotoIsReadCheckedAndGetsAThumbnail() {
        assertThat(storage.acceptedImageTypes()).contains("image/webp");
        for (String name : new String[] {"red-blue-64x40.webp", "red-blue-64x40-lossless.webp"}) {
            byte[] webp = resource(name);
            StoredFile stored = storage.store("EQUIPMENT", owner, name, webp);
            assertThat(stored.mediaType()).isEqualTo("image/webp");
            assertThat(stored.width()).isEqualTo(64);
            assertThat(stored.height()).isEqualTo(40);
            assertThat(storage.read(stored.id())).isEqualTo(webp);
            BufferedImage thumb = thumbnail(stored);
            assertThat(thumb.getWidth()).isEqualTo(64);
            assertThat(reddish(thumb, 10, 20)).as(name).isTrue();
            assertThat(bluish(thumb, 54, 20)).as(name).isTrue();
        }
        // the same checks as for any image: a cut WebP is refused and leaves nothing
        byte[] webp = resource("red-blue-64x40.webp");
        assertThatThrownBy(() -> storage.store("EQUIPMENT", owner, "cut.webp", Arrays.copyOf(webp, 40)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("files.error.unreadable"));
        assertThat(storage.of("EQUIPMENT", owner)).hasSize(2);
    }

    @Test
    void thumbnailsAndSizesFollowTheExifOrientation() {
        byte[] sensor = redLeftBlueRightJpeg();

        // 6: the camera was turned clockwise; shown upright, the left edge is on top
        StoredFile turned = storage.store("EQUIPMENT", owner, "portrait.jpg", withExifOrientation(sensor, 6));
        assertThat(turned.width()).isEqualTo(100);
        assertThat(turned.height()).isEqualTo(200);
        BufferedImage thumb = thumbnail(turned);
        assertThat(thumb.getWidth()).isLessThan(thumb.getHeight());
        assertThat(reddish(thumb, thumb.getWidth() / 2, thumb.getHeight() / 4)).isTrue();
        assertThat(bluish(thumb, thumb.getWidth() / 2, thumb.getHeight() * 3 / 4))
                .isTrue();

        // 8: turned the other way, the left edge is at the bottom
        thumb = thumbnail(storage.store("EQUIPMENT", owner, "other.jpg", withExifOrientation(sensor, 8)));
        assertThat(thumb.getWidth()).isLessThan(thumb.getHeight());
        assertThat(bluish(thumb, thumb.getWidth() / 2, thumb.getHeight() / 4)).isTrue();
        assertThat(reddish(thumb, thumb.getWidth() / 2, thumb.getHeight() * 3 / 4))
                .isTrue();

        // 3: upside down, left and right swap
        thumb = thumbnail(storage.store("EQUIPMENT", owner, "upside.jpg", withExifOrientation(sensor, 3)));
        assertThat(thumb.getWidth()).isGreaterThan(thumb.getHeight());
        assertThat(bluish(thumb, thumb.getWidth() / 4, thumb.getHeight() / 2)).isTrue();
        assertThat(reddish(thumb, thumb.getWidth() * 3 / 4, thumb.getHeight() / 2))
                .isTrue();

        // 1 or none: as stored
        thumb = thumbnail(storage.store("EQUIPMENT", owner, "plain.jpg", sensor));
        assertThat(reddish(thumb, thumb.getWidth() / 4, thumb.getHeight() / 2)).isTrue();
    }

    private Path pathOf(UUID id) {
        return settings.dir()
                .resolve(tenant.schema())
                .resolve(id.toString().substring(0, 2))
                .resolve(id.toString());
    }

    @Test
    void anOwnersFilesAreDeletedWithItOnlyOnceTheTransactionCommits() {
        StoredFile photo = storage.store("EQUIPMENT", owner, "a.jpg", redLeftBlueRightJpeg());
        StoredFile other = storage.store("EQUIPMENT", UUID.randomUUID(), "b.jpg", redLeftBlueRightJpeg());
        Path file = pathOf(photo.id());
        Path thumb = file.resolveSibling(photo.id() + ".thumb.jpg");

        // rolled back: rows and bytes stay
        transactions.executeWithoutResult(status -> {
            assertThat(storage.deleteAllOf("EQUIPMENT", owner)).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(file).exists();
        assertThat(thumb).exists();
        assertThat(storage.of("EQUIPMENT", owner)).hasSize(1);

        // committed: the bytes go only after the commit
        transactions.executeWithoutResult(status -> {
            storage.deleteAllOf("EQUIPMENT", owner);
            assertThat(file).as("still there until the commit").exists();
        });
        assertThat(file).doesNotExist();
        assertThat(thumb).doesNotExist();
        assertThat(storage.of("EQUIPMENT", owner)).isEmpty();
        assertThat(Files.exists(pathOf(other.id()))).isTrue();
        assertThat(storage.of("EQUIPMENT", other.ownerId())).hasSize(1);

        // never outside the owner's own transaction
        assertThatThrownBy(() -> storage.deleteAllOf("EQUIPMENT", other.ownerId()))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
