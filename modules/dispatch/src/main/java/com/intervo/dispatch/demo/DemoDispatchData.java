package com.intervo.dispatch.demo;

import com.intervo.crm.CustomerRef;
import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentRef;
import com.intervo.crm.EquipmentService;
import com.intervo.dispatch.FieldContext;
import com.intervo.dispatch.FieldWork;
import com.intervo.dispatch.TechnicianLocations;
import com.intervo.dispatch.TicketDesk;
import com.intervo.dispatch.TicketDetails;
import com.intervo.dispatch.TicketDraft;
import com.intervo.dispatch.TicketKind;
import com.intervo.dispatch.TicketPriority;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.tenancy.DemoContent;
import com.intervo.kernel.zones.Zone;
import com.intervo.kernel.zones.Zones;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;

/**
 * Dispatch in the demo workspace: zones for the two technicians, where they were last seen, and tickets in several
 * stages (one waiting in the queue, one on its way, one postponed, one done and waiting for the manager).
 */
@Component
class DemoDispatchData implements DemoContent {

    private final Zones zones;
    private final UserDirectory users;
    private final CustomerService customers;
    private final EquipmentService equipment;
    private final TicketDesk desk;
    private final FieldWork fieldWork;
    private final TechnicianLocations locations;

    DemoDispatchData(
            Zones zones,
            UserDirectory users,
            CustomerService customers,
            EquipmentService equipment,
            TicketDesk desk,
            FieldWork fieldWork,
            TechnicianLocations locations) {
        this.zones = zones;
        this.users = users;
        this.customers = customers;
        this.equipment = equipment;
        this.desk = desk;
        this.fieldWork = fieldWork;
        this.locations = locations;
    }

    @Override
    public int demoOrder() {
        return 20;
    }

    /** Only the workspace with every module dispatches. */
    @Override
    public void seed(DemoWorkspace workspace) {
        if (workspace.everyModule()) {
            seed(workspace::as);
        }
    }

    /** Runs with the demo tenant bound; {@code as} runs work signed in as one of the demo users. */
    private void seed(BiConsumer<String, Runnable> as) {
        as.accept("admin", () -> {
            Zone cluj = zones.create("Cluj-Napoca", Zone.Kind.CITY);
            Zone clujCounty = zones.create("Cluj", Zone.Kind.COUNTY);
            Zone brasov = zones.create("Brașov", Zone.Kind.CITY);
            zones.assign(
                    users.findByUsername("technician").orElseThrow().getId(),
                    List.of(cluj.getId(), clujCounty.getId()));
            zones.assign(users.findByUsername("technician2").orElseThrow().getId(), List.of(brasov.getId()));
        });
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        as.accept(
                "technician",
                () -> locations.record(List.of(
                        ping(now.minus(14, ChronoUnit.MINUTES), "46.7612", "23.5801"),
                        ping(now.minus(4, ChronoUnit.MINUTES), "46.7657", "23.5866"))));
        as.accept(
                "technician2",
                () -> locations.record(List.of(ping(now.minus(38, ChronoUnit.MINUTES), "45.6529", "25.6107"))));

        CustomerRef popescu = customers.searchRefs("Popescu", 0, 1).getFirst();
        CustomerRef hotel = customers.searchRefs("Carpați", 0, 1).getFirst();
        EquipmentRef boiler = equipment.refsOfCustomer(popescu.id()).getFirst();
        EquipmentRef hotelBoiler = equipment.refsOfCustomer(hotel.id()).getFirst();
        var technician = users.findByUsername("technician").orElseThrow().getId();
        var technician2 = users.findByUsername("technician2").orElseThrow().getId();
        TicketDetails[] opened = new TicketDetails[4];
        as.accept("dispatcher", () -> {
            opened[0] = desk.open(new TicketDraft(
                    TicketKind.REPAIR,
                    hotel.id(),
                    null,
                    hotelBoiler.id(),
                    null,
                    "Centrala din subsol nu pornește, eroare F28. Acces prin curtea din spate.",
                    TicketPriority.URGENT,
                    LocalDate.now(),
                    null,
                    90,
                    "Andreea Mureșan",
                    "0744 000 111",
                    null,
                    false,
                    null));
            opened[1] = desk.open(new TicketDraft(
                    TicketKind.INSPECTION,
                    popescu.id(),
                    null,
                    boiler.id(),
                    null,
                    "Revizie anuală ISCIR",
                    TicketPriority.NORMAL,
                    LocalDate.now(),
                    null,
                    60,
                    null,
                    null,
                    null,
                    false,
                    technician));
            opened[2] = desk.open(new TicketDraft(
                    TicketKind.REPAIR,
                    popescu.id(),
                    null,
                    boiler.id(),
                    null,
                    "Pierde presiune în instalație",
                    TicketPriority.HIGH,
                    LocalDate.now().plusDays(1),
                    null,
                    45,
                    null,
                    null,
                    null,
                    true,
                    technician));
            opened[3] = desk.open(new TicketDraft(
                    TicketKind.MAINTENANCE,
                    hotel.id(),
                    null,
                    hotelBoiler.id(),
                    null,
                    "Verificare lunară conform contractului",
                    TicketPriority.LOW,
                    LocalDate.now().plusDays(3),
                    null,
                    30,
                    null,
                    null,
                    null,
                    true,
                    technician2));
        });
        as.accept("technician", () -> {
            TicketDetails t = fieldWork.accept(opened[1].id(), FieldContext.version(opened[1].version()));
            fieldWork.enRoute(
                    t.id(),
                    new FieldContext(
                            t.version(),
                            now,
                            new BigDecimal("46.7657"),
                            new BigDecimal("23.5866"),
                            new BigDecimal("12")));
            TicketDetails p = fieldWork.accept(opened[2].id(), FieldContext.version(opened[2].version()));
            fieldWork.postpone(p.id(), FieldContext.version(p.version()), "Clientul a cerut mâine după ora 14");
        });
    }

    private static TechnicianLocations.Ping ping(Instant at, String lat, String lng) {
        return new TechnicianLocations.Ping(
                at, new BigDecimal(lat), new BigDecimal(lng), new BigDecimal("15"), null, 80);
    }
}
