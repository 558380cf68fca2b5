package com.intervo.dispatch;

import com.intervo.crm.CatalogService;
import com.intervo.crm.CustomerDraft;
import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.domain.CatalogItem;
import com.intervo.crm.domain.ChecklistPoint;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.crm.domain.Site;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.zones.Zone;
import com.intervo.kernel.zones.Zones;
import com.intervo.testsupport.ActingAs;
import com.intervo.testsupport.TenantFixtures;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/** A fresh Dispatch workspace: a boiler customer in Cluj, a checklist, a part, a zone the technician covers. */
@Component
class DispatchFixtures {

    /** What a test needs to know about its workspace. */
    record Workspace(
            TenantId tenant,
            UUID customerId,
            UUID siteId,
            UUID equipmentId,
            UUID partId,
            UUID zoneId,
            UUID technicianId,
            UUID otherTechnicianId,
            UUID checklistId) {}

    private final TenantFixtures tenants;
    private final CatalogService catalogs;
    private final CustomerService customers;
    private final EquipmentService equipment;
    private final Zones zones;
    private final UserDirectory users;

    DispatchFixtures(
            TenantFixtures tenants,
            CatalogService catalogs,
            CustomerService customers,
            EquipmentService equipment,
            Zones zones,
            UserDirectory users) {
        this.tenants = tenants;
        this.catalogs = catalogs;
        this.customers = customers;
        this.equipment = equipment;
        this.zones = zones;
        this.users = users;
    }

    Workspace workspace() {
        TenantId tenant = tenants.newTenant(ModuleKey.DISPATCH);
        tenants.signIn(tenant, "admin");
        try {
            var checklist = catalogs.saveChecklist(
                    null,
                    "Revizie centrală",
                    List.of(
                            new ChecklistPoint.Draft("Etanșeitate gaz", true, List.of("Scăpări la racord"), List.of()),
                            new ChecklistPoint.Draft(
                                    "Presiune vas de expansiune", true, List.of("Presiune scăzută"), List.of()),
                            new ChecklistPoint.Draft("Curățare schimbător", false, List.of(), List.of())));
            var type = catalogs.saveEquipmentType(null, "Centrală termică", null, checklist.getId());
            var part = catalogs.savePart(
                    null,
                    new CatalogItem.Draft(
                            "GAR-34",
                            "Garnitură 3/4",
                            "buc",
                            new BigDecimal("2.5"),
                            new BigDecimal("8"),
                            "RON",
                            new BigDecimal("19")));
            Customer customer = customers.create(new CustomerDraft(
                    Customer.Kind.PERSON,
                    "Ion Popescu",
                    null,
                    "ion@example.ro",
                    "0722 123 456",
                    "ro",
                    null,
                    Map.of(),
                    List.of(),
                    List.of(new Site.Draft(
                            null,
                            "Acasă",
                            "Str. Lalelelor 5",
                            "Cluj-Napoca",
                            "Cluj",
                            "400000",
                            "RO",
                            new BigDecimal("46.770439"),
                            new BigDecimal("23.591423")))));
            Equipment boiler = equipment.register(new Equipment.Draft(
                    customer.getId(),
                    customer.getSites().getFirst().getId(),
                    type.getId(),
                    null,
                    "SN-" + UUID.randomUUID(),
                    "Centrala",
                    LocalDate.now().minusYears(2),
                    null,
                    null,
                    null,
                    null,
                    Map.of()));
            Zone zone = zones.create("Cluj-Napoca", Zone.Kind.CITY);
            UUID technician = users.findByUsername("technician").orElseThrow().getId();
            zones.assign(technician, List.of(zone.getId()));
            UUID other = users.create(
                            "technician2",
                            "Second Technician",
                            "t2@" + tenant.key() + ".example",
                            TenantFixtures.PASSWORD,
                            Set.of(com.intervo.kernel.identity.Role.TECHNICIAN),
                            false)
                    .getId();
            return new Workspace(
                    tenant,
                    customer.getId(),
                    customer.getSites().getFirst().getId(),
                    boiler.getId(),
                    part.getId(),
                    zone.getId(),
                    technician,
                    other,
                    checklist.getId());
        } finally {
            tenants.signOut();
        }
    }

    /** Runs as one of the workspace's users, with the tenant bound ({@link ActingAs}). */
    <T> T as(TenantId tenant, String username, java.util.function.Supplier<T> work) {
        return ActingAs.as(tenant, username, work);
    }

    static byte[] jpeg(int width, int height) {
        return image(width, height, "jpeg");
    }

    static byte[] png(int width, int height) {
        return image(width, height, "png");
    }

    private static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.drawLine(5, height - 5, width - 5, 5);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
