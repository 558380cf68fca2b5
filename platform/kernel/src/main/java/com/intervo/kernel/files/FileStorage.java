package com.intervo.kernel.files;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Photos and documents of the current tenant. Content is checked, never trusted from the name: JPEG, PNG, WebP
 * (read by the TwelveMonkeys ImageIO plug-in) and PDF; images are decoded in full, outside transactions and a few
 * at a time, at most 4000×4000 pixels, thumbnails turned upright by the EXIF orientation; files are
 * capped at {@code intervo.files.max-bytes}. Bytes live outside the web root at
 * {@code <intervo.files.dir>/<tenant schema>/<first two hex chars of id>/<id>}, images with a JPEG thumbnail
 * {@code <id>.thumb.jpg} beside them; the path is made of the tenant and the id only. A refused file leaves nothing
 * behind. Every signed-in user may add and read files; deleting is for admins, dispatchers, managers and whoever
 * stored the file.
 */
@Service
@EnableConfigurationProperties(FileSettings.class)
public class FileStorage {

    private static final Logger log = LoggerFactory.getLogger(FileStorage.class);
    private static final Pattern OWNER_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Set<String> DELETE_ANY = Set.of("ROLE_ADMIN", "ROLE_DISPATCHER", "ROLE_MANAGER");
    private static final String THUMBNAIL_SUFFIX = ".thumb.jpg";
    static final int RETRY_AFTER_SECONDS = 5;

    private final FileRecords records;
    private final FileSettings settings;
    private final TransactionTemplate transactions;
    /** Decodes under way on this node: each takes a core for up to a few seconds. */
    private final Semaphore decodes;

    FileStorage(FileRecords records, FileSettings settings, TransactionTemplate transactions) {
        this.records = records;
        this.settings = settings;
        this.transactions = transactions;
        this.decodes = new Semaphore(settings.decodes(), true);
        // plug-ins in nested jars (WebP) are found only by a scan with the application's class loader
        ImageIO.scanForPlugins();
    }

    /** The image types this server checks and takes (WebP only when the JVM has a reader for it). */
    public List<String> acceptedImageTypes() {
        return ImageIO.getImageReadersByMIMEType(FileContent.WEBP).hasNext()
                ? List.of(FileContent.JPEG, FileContent.PNG, FileContent.WEBP)
                : List.of(FileContent.JPEG, FileContent.PNG);
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return settings.maxBytes();
    }

    /**
     * Checks the content and stores it for the owner; the original name is kept (tidied) as metadata only. An image
     * is decoded before the row's transaction begins, so this must not be called inside a transaction with an image
     * (use {@link #stage} outside it and {@link #attach} inside); a PDF is not decoded and may be. If the row's
     * transaction, or one this call joined, rolls back, the bytes are removed again.
     *
     * @throws DomainException (invalid) with a {@code files.error.*} key when the content is refused, (busy) when
     *                         too many images are being decoded right now
     */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public StoredFile store(String ownerType, UUID ownerId, String originalName, byte[] content) {
        requireOwner(ownerType, ownerId);
        if (content != null
                && !FileContent.PDF.equals(FileContent.sniff(content))
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An image is decoded outside transactions: stage it first");
        }
        StagedFile staged = stage(originalName, content);
        try {
            return transactions.execute(status -> attach(staged, ownerType, ownerId));
        } catch (RuntimeException e) {
            discard(staged);
            throw e;
        }
    }

    /**
     * Checks the content (an image is decoded in full, at most {@code intervo.files.decodes} at once on this node)
     * and writes it and its thumbnail to disk, without a row yet. Call it outside any transaction, so no pooled
     * connection waits while a picture is decoded; then {@link #attach} it in a short transaction or
     * {@link #discard} it.
     *
     * @throws DomainException (invalid) with a {@code files.error.*} key when the content is refused, (busy, 429)
     *                         when every decode is taken for longer than {@code intervo.files.decode-wait}
     */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public StagedFile stage(String originalName, byte[] content) {
        TenantId tenant = TenantContext.require();
        FileContent.Checked checked;
        byte[] thumbnail;
        if (content != null
                && content.length > 0
                && content.length <= settings.maxBytes()
                && !FileContent.PDF.equals(FileContent.sniff(content))) {
            if (!decodeLimit()) {
                throw DomainException.busy("files.error.busy", RETRY_AFTER_SECONDS);
            }
            try {
                checked = FileContent.check(content, settings.maxBytes());
                thumbnail = FileContent.thumbnail(checked.image(), checked.orientation());
            } finally {
                decodes.release();
            }
        } else {
            checked = FileContent.check(content, settings.maxBytes());
            thumbnail = null;
        }
        UUID id = UUID.randomUUID();
        Path file = pathOf(tenant, id);
        Path thumb = thumbnailOf(file);
        try {
            writeAtomically(file, content);
            if (thumbnail != null) {
                writeAtomically(thumb, thumbnail);
            }
        } catch (RuntimeException e) {
            deleteQuietly(file, thumb);
            throw e;
        }
        return new StagedFile(
                tenant, id, FileContent.sanitizeName(originalName), checked, sha256(content), file, thumb);
    }

    /**
     * Records a staged file as the owner's, in the caller's transaction (or a new one); if that transaction rolls
     * back, the bytes are removed. A file is attached once, in the workspace it was staged in.
     */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public StoredFile attach(StagedFile staged, String ownerType, UUID ownerId) {
        TenantId tenant = TenantContext.require();
        requireOwner(ownerType, ownerId);
        if (!staged.tenant.equals(tenant) || !staged.attached.compareAndSet(false, true)) {
            throw new IllegalStateException("A staged file is attached once, in its own workspace");
        }
        return transactions.execute(status -> {
            // registered first: whatever rolls the transaction back (this insert too) removes the bytes
            afterRollback(() -> deleteQuietly(staged.file, staged.thumbnail));
            FileRecord row = records.saveAndFlush(
                    new FileRecord(staged.id, ownerType, ownerId, staged.name, staged.content, staged.sha256));
            return row.toStoredFile();
        });
    }

    /** Removes the bytes of a staged file that was not attached (a refused or replayed call); no-op otherwise. */
    public void discard(StagedFile staged) {
        if (staged != null && !staged.attached.get()) {
            deleteQuietly(staged.file, staged.thumbnail);
        }
    }

    private boolean decodeLimit() {
        try {
            return decodes.tryAcquire(settings.decodeWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void requireOwner(String ownerType, UUID ownerId) {
        if (ownerType == null || !OWNER_TYPE.matcher(ownerType).matches() || ownerId == null) {
            throw DomainException.invalid("files.error.owner", "owner");
        }
    }

    /** The file's bytes. */
    @Transactional(readOnly = true)
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public byte[] read(UUID id) {
        TenantId tenant = TenantContext.require();
        FileRecord row = find(id);
        return readFile(pathOf(tenant, row.getId()))
                .orElseThrow(() -> DomainException.notFound("files.error.not-found"));
    }

    /**
     * The bytes of a file its module reached through the owner, without a role: e.g. a protocol of a service sheet
     * that the public portal found by its tracking code. The file must belong to that owner.
     */
    @Transactional(readOnly = true)
    @PermitAll
    public byte[] readOwned(String ownerType, UUID ownerId, UUID id) {
        TenantId tenant = TenantContext.require();
        FileRecord row = find(id);
        if (!row.getOwnerType().equals(ownerType) || !row.getOwnerId().equals(ownerId)) {
            throw DomainException.notFound("files.error.not-found");
        }
        return readFile(pathOf(tenant, row.getId()))
                .orElseThrow(() -> DomainException.notFound("files.error.not-found"));
    }

    /** The JPEG thumbnail of an image; empty for a PDF. */
    @Transactional(readOnly = true)
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public Optional<byte[]> thumbnail(UUID id) {
        TenantId tenant = TenantContext.require();
        FileRecord row = find(id);
        if (!row.getMediaType().startsWith("image/")) {
            return Optional.empty();
        }
        return readFile(thumbnailOf(pathOf(tenant, row.getId())));
    }

    /** The file's facts. */
    @Transactional(readOnly = true)
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public StoredFile get(UUID id) {
        TenantContext.require();
        return find(id).toStoredFile();
    }

    /** The owner's files, oldest first. */
    @Transactional(readOnly = true)
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public List<StoredFile> of(String ownerType, UUID ownerId) {
        TenantContext.require();
        return records.findByOwnerTypeAndOwnerIdOrderByCreatedAtAscIdAsc(ownerType, ownerId).stream()
                .map(FileRecord::toStoredFile)
                .toList();
    }

    /** The files of several owners of one type with one read (a list of tickets with their photos); oldest first. */
    public java.util.Map<UUID, List<StoredFile>> of(String ownerType, java.util.Collection<UUID> ownerIds) {
        TenantContext.require();
        if (ownerIds.isEmpty()) {
            return java.util.Map.of();
        }
        return records.ofOwners(ownerType, ownerIds).stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        FileRecord::getOwnerId,
                        java.util.stream.Collectors.mapping(
                                FileRecord::toStoredFile, java.util.stream.Collectors.toList())));
    }

    /** Whether the signed-in user may delete this file (to show or hide a delete button). */
    public boolean canDelete(StoredFile file) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return false;
        }
        return auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(DELETE_ANY::contains)
                || auth.getName().equals(file.createdBy());
    }

    /** Removes the row and, once that is committed, the bytes and the thumbnail. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public void delete(UUID id) {
        TenantId tenant = TenantContext.require();
        FileRecord row = find(id);
        if (!canDelete(row.toStoredFile())) {
            throw new AccessDeniedException("Only admins, dispatchers, managers and the uploader delete a file");
        }
        records.delete(row);
        records.flush();
        Path file = pathOf(tenant, row.getId());
        afterCommit(() -> deleteQuietly(file, thumbnailOf(file)));
    }

    /**
     * Removes every file of an owner that is being deleted, in the caller's transaction (the owner's module checked
     * who may delete it): the rows at once, the bytes and thumbnails only once that transaction commits, so a
     * rollback keeps both.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN", "CATALOG_EDITOR"})
    public int deleteAllOf(String ownerType, UUID ownerId) {
        TenantId tenant = TenantContext.require();
        List<FileRecord> rows = records.findByOwnerTypeAndOwnerIdOrderByCreatedAtAscIdAsc(ownerType, ownerId);
        records.deleteAll(rows);
        records.flush();
        List<Path> paths = rows.stream().map(r -> pathOf(tenant, r.getId())).toList();
        afterCommit(() -> paths.forEach(p -> deleteQuietly(p, thumbnailOf(p))));
        return rows.size();
    }

    private FileRecord find(UUID id) {
        if (id == null) {
            throw DomainException.notFound("files.error.not-found");
        }
        return records.findById(id).orElseThrow(() -> DomainException.notFound("files.error.not-found"));
    }

    /** Built from the validated tenant and a UUID only; checked to stay inside the files folder all the same. */
    private Path pathOf(TenantId tenant, UUID id) {
        String name = id.toString();
        Path root = settings.dir();
        Path path = root.resolve(tenant.schema())
                .resolve(name.substring(0, 2))
                .resolve(name)
                .normalize();
        if (!path.startsWith(root.resolve(tenant.schema()))) {
            throw new IllegalStateException("File path escapes the tenant folder: " + path);
        }
        return path;
    }

    private static Path thumbnailOf(Path file) {
        return file.resolveSibling(file.getFileName() + THUMBNAIL_SUFFIX);
    }

    private static void writeAtomically(Path target, byte[] bytes) {
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store file " + target, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    private static Optional<byte[]> readFile(Path path) {
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            log.warn("Stored file missing on disk: {}", path);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read file " + path, e);
        }
    }

    private static void deleteQuietly(Path... paths) {
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                log.warn("Cannot delete {}: {}", path, e.toString());
            }
        }
    }

    private static void afterRollback(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        action.run();
                    }
                }
            });
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
