package com.intervo.kernel.files.ui;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.files.StoredFile;
import com.intervo.kernel.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * The photos of one owner (a piece of equipment, a ticket...): thumbnails that wrap to the screen's width, a click
 * shows the full picture, and (when allowed) an upload that takes several images at once. Every file goes through
 * {@link FileStorage}, which checks the content; refusals are shown translated.
 */
public class PhotoGallery extends VerticalLayout {

    private final transient FileStorage storage;
    private final String ownerType;
    private final UUID ownerId;
    private final FlexLayout thumbnails = new FlexLayout();

    public PhotoGallery(FileStorage storage, String ownerType, UUID ownerId, boolean canUpload) {
        this.storage = storage;
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        setId("photo-gallery");
        setPadding(false);
        setWidthFull();

        thumbnails.setId("photo-thumbnails");
        thumbnails.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        thumbnails.setWidthFull();
        thumbnails.getStyle().set("gap", "var(--lumo-space-s)");
        add(thumbnails);
        if (canUpload) {
            add(upload());
        }
        refresh();
    }

    /** Shows the owner's photos as they are stored now. */
    public final void refresh() {
        thumbnails.removeAll();
        List<StoredFile> photos = storage.of(ownerType, ownerId).stream()
                .filter(StoredFile::isImage)
                .toList();
        if (photos.isEmpty()) {
            Span empty = new Span(getTranslation("files.gallery.empty"));
            empty.setId("photo-empty");
            empty.addClassName("intervo-hint");
            thumbnails.add(empty);
            return;
        }
        for (StoredFile photo : photos) {
            Optional<byte[]> thumb = storage.thumbnail(photo.id());
            if (thumb.isEmpty()) {
                continue;
            }
            Image image = new Image(inline(thumb.get(), "thumbnail.jpg", "image/jpeg"), photo.originalName());
            image.addClassName("photo-thumb");
            image.setWidth("8rem");
            image.setHeight("8rem");
            image.getStyle().set("object-fit", "cover");
            image.getStyle().set("cursor", "pointer");
            image.getStyle().set("border-radius", "var(--lumo-border-radius-m)");
            image.getElement().setAttribute("title", photo.originalName());
            image.addClickListener(e -> open(photo));
            thumbnails.add(image);
        }
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            // the content decides, never the name or the declared type
            String errorKey = null;
            Object[] params = new Object[0];
            try {
                storage.store(ownerType, ownerId, metadata.fileName(), bytes);
            } catch (DomainException e) {
                errorKey = e.messageKey();
                params = e.params();
            } catch (AccessDeniedException e) {
                errorKey = "kernel.api.role-required";
            }
            String failure = errorKey;
            Object[] failureParams = params;
            getUI().ifPresent(ui -> ui.access(() -> {
                if (failure == null) {
                    Notifications.success("files.upload.saved", metadata.fileName());
                    refresh();
                } else {
                    Notifications.error(failure, failureParams);
                }
            }));
        }));
        upload.setId("photo-upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, storage.maxBytes()));
        List<String> accepted = new ArrayList<>(storage.acceptedImageTypes());
        for (String type : storage.acceptedImageTypes()) {
            switch (type) {
                case "image/jpeg" -> accepted.addAll(List.of(".jpg", ".jpeg"));
                case "image/png" -> accepted.add(".png");
                case "image/webp" -> accepted.add(".webp");
                default -> {}
            }
        }
        upload.setAcceptedFileTypes(accepted.toArray(String[]::new));
        upload.setUploadButton(new Button(getTranslation("files.upload.button"), VaadinIcon.CAMERA.create()));
        upload.setDropLabel(new Span(getTranslation("files.upload.drop")));
        upload.addFileRejectedListener(e -> Notifications.error(
                "files.upload.rejected", e.getFileName(), StoredFile.humanSize(storage.maxBytes())));
        upload.setWidthFull();
        return upload;
    }

    private void open(StoredFile photo) {
        byte[] bytes;
        try {
            bytes = storage.read(photo.id());
        } catch (DomainException e) {
            Notifications.error(e.messageKey(), e.params());
            refresh();
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("photo-dialog");
        dialog.setHeaderTitle(photo.originalName());
        Image full = new Image(inline(bytes, "photo", photo.mediaType()), photo.originalName());
        full.setId("photo-full");
        full.setMaxWidth("100%");
        full.getStyle().set("max-height", "75vh");
        full.getStyle().set("display", "block");
        full.getStyle().set("margin", "auto");
        // a phone's portrait photo is stored sideways with an EXIF orientation: show it upright
        full.getStyle().set("image-orientation", "from-image");
        Paragraph facts = new Paragraph(getTranslation(
                "files.photo.facts", photo.width(), photo.height(), StoredFile.humanSize(photo.sizeBytes())));
        facts.addClassName("intervo-hint");
        dialog.add(full, facts);
        dialog.setWidth("min(95vw, 64rem)");

        if (storage.canDelete(photo)) {
            Button delete = new Button(getTranslation("files.photo.delete"), VaadinIcon.TRASH.create(), e -> {
                try {
                    storage.delete(photo.id());
                    Notifications.success("files.photo.deleted");
                } catch (DomainException ex) {
                    Notifications.error(ex.messageKey(), ex.params());
                } catch (AccessDeniedException ex) {
                    Notifications.error("kernel.api.role-required");
                }
                dialog.close();
                refresh();
            });
            delete.setId("photo-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            dialog.getFooter().add(delete);
        }
        Button close = new Button(getTranslation("files.photo.close"), e -> dialog.close());
        close.setId("photo-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static DownloadHandler inline(byte[] bytes, String name, String mediaType) {
        return DownloadHandler.fromInputStream(
                        event -> new DownloadResponse(new ByteArrayInputStream(bytes), name, mediaType, bytes.length))
                .inline();
    }
}
