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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * File storage: content decides (never the name), size and pixel caps, thumbnails, tenant-scoped folders, nothing
 * left behind by a refusal, tenant isolation and who may delete.
 */
@TenantIntegrationTest
class FilesIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    FileStorage storage;

    @Autowired
    FileSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    TenantId tenant;
    UUID owner;

    @BeforeEach
    void setUp() {
        tenant = fixtures.newTenant();
        owner = UUID.randomUUID();
        fixtures.signIn(tenant, "technician");
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        TenantContext.clear();
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1565C0));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, format, out)).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path tenantFolder(TenantId t) {
        return settings.dir().resolve(t.schema());
    }

    private Path pathOf(TenantId t, UUID id) {
        return tenantFolder(t).resolve(id.toString().substring(0, 2)).resolve(id.toString());
    }

    private long rows(TenantId t) {
        return jdbc.queryForObject("SELECT count(*) FROM " + t.schema() + ".stored_file", Long.class);
    }

    private List<Path> filesOnDisk(TenantId t) throws IOException {
        if (!Files.exists(tenantFolder(t))) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(tenantFolder(t))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private void assertRefused(byte[] content, String name, String key) throws IOException {
        long rowsBefore = rows(tenant);
        List<Path> before = filesOnDisk(tenant);
        assertThatThrownBy(() -> storage.store("EQUIPMENT", owner, name, content))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                });
        assertThat(rows(tenant)).isEqualTo(rowsBefore);
        assertThat(filesOnDisk(tenant)).containsExactlyInAnyOrderElementsOf(before);
        assertThat(storage.of("EQUIPMENT", owner)).hasSize((int) rowsBefore);
    }

    @Test
    void aPngAndAJpegAreStoredUnderTheTenantsFolderWithSmallThumbnails() throws IOException {
        byte[] png = image("png", 1200, 600);
        byte[] jpeg = image("jpeg", 500, 1000);

        StoredFile p = storage.store("EQUIPMENT", owner, "../../etc/passwd/boiler plate.PNG", png);
        StoredFile j = storage.store("EQUIPMENT", owner, "photo.gif", jpeg);

        assertThat(p.mediaType()).isEqualTo("image/png");
        assertThat(p.width()).isEqualTo(1200);
        assertThat(p.height()).isEqualTo(600);
        assertThat(p.sizeBytes()).isEqualTo(png.length);
        assertThat(p.originalName()).isEqualTo("boiler plate.PNG");
        assertThat(p.sha256()).hasSize(64);
        assertThat(p.createdBy()).isEqualTo(tenant.key() + "/technician");
        assertThat(j.mediaType()).isEqualTo("image/jpeg");
        assertThat(j.originalName()).isEqualTo("photo.gif");

        assertThat(storage.read(p.id())).isEqualTo(png);
        assertThat(storage.read(j.id())).isEqualTo(jpeg);
        assertThat(storage.of("EQUIPMENT", owner)).extracting(StoredFile::id).containsExactlyInAnyOrder(p.id(), j.id());
        assertThat(storage.of("EQUIPMENT", UUID.randomUUID())).isEmpty();

        BufferedImage pThumb = decode(storage.thumbnail(p.id()).orElseThrow());
        assertThat(pThumb.getWidth()).isEqualTo(320);
        assertThat(pThumb.getHeight()).isEqualTo(160);
        BufferedImage jThumb = decode(storage.thumbnail(j.id()).orElseThrow());
        assertThat(jThumb.getWidth()).isEqualTo(160);
        assertThat(jThumb.getHeight()).isEqualTo(320);

        Path file = pathOf(tenant, p.id());
        assertThat(file).startsWith(settings.dir()).exists();
        assertThat(Files.readAllBytes(file)).isEqualTo(png);
        assertThat(file.resolveSibling(p.id() + ".thumb.jpg")).exists();
        assertThat(pathOf(tenant, j.id())).exists();
        assertThat(filesOnDisk(tenant))
                .hasSize(4)
                .allSatisfy(f -> assertThat(f.getFileName().toString()).doesNotContain("boiler", "photo", "passwd"));
        assertThat(rows(tenant)).isEqualTo(2);
    }

    @Test
    void aPdfIsStoredWithoutThumbnail() {
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        StoredFile stored = storage.store("TICKET", owner, "report.pdf", pdf);
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.width()).isNull();
        assertThat(storage.thumbnail(stored.id())).isEmpty();
        assertThat(storage.read(stored.id())).isEqualTo(pdf);
    }

    @Test
    void contentIsJudgedNotTheNameAndARefusalLeavesNothingBehind() throws IOException {
        storage.store("EQUIPMENT", owner, "first.png", image("png", 40, 40));

        assertRefused(
                "just some text, not a photo\n".getBytes(StandardCharsets.UTF_8), "photo.jpg", "files.error.type");
        assertRefused(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8),
                "photo.png",
                "files.error.type");
        assertRefused(new byte[0], "empty.jpg", "files.error.empty");

        byte[] jpeg = image("jpeg", 800, 600);
        assertRefused(Arrays.copyOf(jpeg, jpeg.length / 2), "truncated.jpg", "files.error.unreadable");
        byte[] corrupt = jpeg.clone();
        for (int i = 200; i < corrupt.length - 2; i++) {
            corrupt[i] = (byte) 0xFF;
        }
        assertRefused(corrupt, "corrupt.jpg", "files.error.unreadable");
        byte[] png = image("png", 300, 300);
        assertRefused(Arrays.copyOf(png, png.length - 40), "cut.png", "files.error.unreadable");

        assertRefused(image("png", 4001, 10), "wide.png", "files.error.dimensions");

        byte[] oversized = new byte[(int) settings.maxBytes() + 1];
        byte[] head = image("jpeg", 100, 100);
        System.arraycopy(head, 0, oversized, 0, head.length);
        assertRefused(oversized, "huge.jpg", "files.error.too-big");

        // WebP is taken only when this JVM can decode it; a fake one never is
        byte[] fakeWebp = "RIFF\0\0\0\0WEBPVP8 not really an image".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> storage.store("EQUIPMENT", owner, "x.webp", fakeWebp))
                .isInstanceOf(DomainException.class);

        assertThatThrownBy(() -> storage.store("../EQUIPMENT", owner, "a.png", image("png", 10, 10)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("files.error.owner"));
        assertThat(rows(tenant)).isEqualTo(1);
        assertThat(filesOnDisk(tenant)).hasSize(2);
    }

    @Test
    void anotherTenantCannotReadListOrDeleteAFileAndItsFolderDiffers() {
        StoredFile mine = storage.store("EQUIPMENT", owner, "mine.jpg", image("jpeg", 64, 48));

        TenantId other = fixtures.newTenant();
        fixtures.signIn(other, "admin");
        assertThat(storage.of("EQUIPMENT", owner)).isEmpty();
        for (Runnable attempt : List.<Runnable>of(
                () -> storage.read(mine.id()),
                () -> storage.thumbnail(mine.id()),
                () -> storage.get(mine.id()),
                () -> storage.delete(mine.id()))) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                assertThat(e.messageKey()).isEqualTo("files.error.not-found");
            });
        }
        StoredFile theirs = storage.store("EQUIPMENT", owner, "theirs.jpg", image("jpeg", 64, 48));
        assertThat(pathOf(other, theirs.id())).exists().startsWith(tenantFolder(other));
        assertThat(pathOf(other, theirs.id()).startsWith(tenantFolder(tenant))).isFalse();
        assertThat(tenantFolder(other)).isNotEqualTo(tenantFolder(tenant));
        assertThat(storage.of("EQUIPMENT", owner)).extracting(StoredFile::id).containsExactly(theirs.id());

        fixtures.signIn(tenant, "technician");
        assertThat(pathOf(tenant, mine.id())).exists();
        assertThat(storage.read(mine.id())).isNotEmpty();
        assertThat(storage.of("EQUIPMENT", owner)).extracting(StoredFile::id).containsExactly(mine.id());
    }

    @Test
    void aTechnicianDeletesOwnPhotosOnlyAndADispatcherAnyone() throws IOException {
        fixtures.signIn(tenant, "manager");
        StoredFile managers = storage.store("EQUIPMENT", owner, "m.png", image("png", 30, 30));
        fixtures.signIn(tenant, "technician");
        StoredFile own = storage.store("EQUIPMENT", owner, "t.png", image("png", 30, 30));

        assertThat(storage.canDelete(managers)).isFalse();
        assertThatThrownBy(() -> storage.delete(managers.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(pathOf(tenant, managers.id())).exists();
        assertThat(storage.of("EQUIPMENT", owner)).hasSize(2);

        assertThat(storage.canDelete(own)).isTrue();
        storage.delete(own.id());
        assertThat(pathOf(tenant, own.id())).doesNotExist();
        assertThat(pathOf(tenant, own.id()).resolveSibling(own.id() + ".thumb.jpg"))
                .doesNotExist();
        assertThatThrownBy(() -> storage.read(own.id())).isInstanceOf(DomainException.class);

        fixtures.signIn(tenant, "dispatcher");
        storage.delete(managers.id());
        assertThat(storage.of("EQUIPMENT", owner)).isEmpty();
        assertThat(rows(tenant)).isZero();
        assertThat(filesOnDisk(tenant)).isEmpty();
    }

    @Test
    void aStoreInsideATransactionThatRollsBackLeavesNoFiles() throws IOException {
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        transactions.executeWithoutResult(status -> {
            storage.store("TICKET_REPORT", owner, "rolled-back.pdf", pdf);
            status.setRollbackOnly();
        });
        // an image is staged (decoded, written) before the transaction and attached inside it
        StagedFile staged = storage.stage("rolled-back.png", image("png", 50, 50));
        transactions.executeWithoutResult(status -> {
            storage.attach(staged, "EQUIPMENT", owner);
            status.setRollbackOnly();
        });
        assertThat(rows(tenant)).isZero();
        assertThat(filesOnDisk(tenant)).isEmpty();
    }

    @Test
    void anImageIsNeverDecodedInsideATransaction() throws IOException {
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                        status -> storage.store("EQUIPMENT", owner, "inside.png", image("png", 50, 50))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(rows(tenant)).isZero();
        assertThat(filesOnDisk(tenant)).isEmpty();
    }

    @Test
    void aStagedFileIsOnDiskWithoutARowUntilAttachedAndDiscardRemovesIt() throws IOException {
        StagedFile staged = storage.stage("kept.jpg", image("jpeg", 80, 60));
        assertThat(filesOnDisk(tenant)).hasSize(2);
        assertThat(rows(tenant)).isZero();
        StoredFile stored = transactions.execute(status -> storage.attach(staged, "EQUIPMENT", owner));
        storage.discard(staged); // attached: nothing to discard
        assertThat(storage.read(stored.id())).isNotEmpty();
        assertThat(stored.width()).isEqualTo(80);
        assertThatThrownBy(() -> storage.attach(staged, "EQUIPMENT", owner)).isInstanceOf(IllegalStateException.class);

        StagedFile dropped = storage.stage("dropped.jpg", image("jpeg", 80, 60));
        storage.discard(dropped);
        assertThat(filesOnDisk(tenant)).hasSize(2);
        assertThat(rows(tenant)).isEqualTo(1);

        // staged in one workspace, never attached in another
        StagedFile foreign = storage.stage("foreign.jpg", image("jpeg", 80, 60));
        TenantId other = fixtures.newTenant();
        fixtures.signIn(other, "technician");
        TenantContext.bind(other);
        try {
            assertThatThrownBy(() -> storage.attach(foreign, "EQUIPMENT", owner))
                    .isInstanceOf(IllegalStateException.class);
        } finally {
            TenantContext.bind(tenant);
            fixtures.signIn(tenant, "technician");
            storage.discard(foreign);
        }
        assertThat(rows(other)).isZero();
    }

    @Test
    void namesAreTidiedAndCapped() {
        assertThat(FileContent.sanitizeName("C:\\Users\\me\\IMG 001.jpg")).isEqualTo("IMG 001.jpg");
        assertThat(FileContent.sanitizeName("a\u0000b\u202Ec<d>.png")).isEqualTo("a_b_c_d_.png");
        assertThat(FileContent.sanitizeName("..")).isEqualTo("file");
        assertThat(FileContent.sanitizeName(null)).isEqualTo("file");
        assertThat(FileContent.sanitizeName("ț".repeat(300))).hasSize(200);
    }
}
