package com.intervo.dispatch;

import static com.intervo.dispatch.DispatchApi.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.crm.EquipmentService;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.files.FileSettings;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.files.StoredFile;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * Deleting equipment takes its photos with it, from the database at once and from disk once the deletion is
 * committed; equipment that a ticket refers to is refused and keeps its photos.
 */
@TenantIntegrationTest
class EquipmentDeletionIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    DispatchFixtures dispatch;

    @Autowired
    EquipmentService equipment;

    @Autowired
    FileStorage files;

    @Autowired
    FileSettings settings;

    @LocalServerPort
    int port;

    private Path pathOf(DispatchFixtures.Workspace ws, UUID id) {
        return settings.dir()
                .resolve(ws.tenant().schema())
                .resolve(id.toString().substring(0, 2))
                .resolve(id.toString());
    }

    @Test
    void deletedEquipmentTakesItsPhotosAndEquipmentInUseIsRefused() {
        DispatchFixtures.Workspace ws = dispatch.workspace();
        Equipment spare = dispatch.as(
                ws.tenant(),
                "admin",
                () -> equipment.register(new Equipment.Draft(
                        ws.customerId(),
                        null,
                        null,
                        null,
                        "SN-SPARE-" + UUID.randomUUID(),
                        "Boiler registered twice",
                        LocalDate.now(),
                        null,
                        null,
                        null,
                        null,
                        Map.of())));
        StoredFile sparePhoto = dispatch.as(
                ws.tenant(),
                "technician",
                () -> files.store(
                        EquipmentService.PHOTO_OWNER, spare.getId(), "spare.jpg", DispatchFixtures.jpeg(320, 240)));
        StoredFile usedPhoto = dispatch.as(
                ws.tenant(),
                "technician",
                () -> files.store(
                        EquipmentService.PHOTO_OWNER, ws.equipmentId(), "used.jpg", DispatchFixtures.jpeg(320, 240)));
        // a ticket refers to the fixture's boiler
        ok(new DispatchApi(port)
                .post("/api/v1/dispatch/tickets", fixtures.token(ws.tenant(), "dispatcher"), """
                {"customerId":"%s","equipmentId":"%s","problem":"Zgomot la pornire"}""".formatted(
                                ws.customerId(), ws.equipmentId())));

        // only admins delete
        assertThatThrownBy(() -> dispatch.as(ws.tenant(), "dispatcher", () -> {
                    equipment.delete(spare.getId(), spare.getVersion());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);

        // in use: refused, nothing removed
        long usedVersion = dispatch.as(ws.tenant(), "admin", () -> equipment.find(ws.equipmentId()))
                .orElseThrow()
                .getVersion();
        assertThatThrownBy(() -> dispatch.as(ws.tenant(), "admin", () -> {
                    equipment.delete(ws.equipmentId(), usedVersion);
                    return null;
                }))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("crm.error.equipment-in-use");
                });
        assertThat(Files.exists(pathOf(ws, usedPhoto.id()))).isTrue();
        assertThat(dispatch.as(ws.tenant(), "admin", () -> files.of(EquipmentService.PHOTO_OWNER, ws.equipmentId())))
                .hasSize(1);

        // not in use: gone, with its photo and thumbnail on disk
        dispatch.as(ws.tenant(), "admin", () -> {
            equipment.delete(spare.getId(), spare.getVersion());
            return null;
        });
        assertThat(dispatch.as(ws.tenant(), "admin", () -> equipment.find(spare.getId())))
                .isEmpty();
        assertThat(dispatch.as(ws.tenant(), "admin", () -> files.of(EquipmentService.PHOTO_OWNER, spare.getId())))
                .isEmpty();
        assertThat(Files.exists(pathOf(ws, sparePhoto.id()))).isFalse();
        assertThat(Files.exists(pathOf(ws, sparePhoto.id()).resolveSibling(sparePhoto.id() + ".thumb.jpg")))
                .isFalse();
        assertThat(Files.exists(pathOf(ws, usedPhoto.id()))).isTrue();
    }
}
