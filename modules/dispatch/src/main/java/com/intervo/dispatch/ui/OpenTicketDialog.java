package com.intervo.dispatch.ui;

import com.intervo.crm.CatalogRef;
import com.intervo.crm.CatalogService;
import com.intervo.crm.CustomerRef;
import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentRef;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.SiteRef;
import com.intervo.dispatch.TechnicianLoad;
import com.intervo.dispatch.TicketDesk;
import com.intervo.dispatch.TicketDetails;
import com.intervo.dispatch.TicketDraft;
import com.intervo.dispatch.TicketKind;
import com.intervo.dispatch.TicketPriority;
import com.intervo.dispatch.TicketQueries;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.ui.LocalizedPickers;
import com.intervo.kernel.ui.Notifications;
import com.intervo.kernel.zones.Zone;
import com.intervo.kernel.zones.Zones;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A ticket from a phone call, in one screen: customer, site, equipment (or none), problem, priority, desired date;
 * the equipment type's checklist comes along unless another (or none) is chosen; the zone follows the site; the
 * ticket stays unassigned or goes to a technician suggested by zone and load.
 */
class OpenTicketDialog extends Dialog {

    private final transient TicketDesk desk;
    private final transient TicketQueries queries;
    private final transient EquipmentService equipment;
    private final ComboBox<CustomerRef> customer = new ComboBox<>();
    private final Select<SiteRef> site = new Select<>();
    private final ComboBox<EquipmentRef> item = new ComboBox<>();
    private final ComboBox<CatalogRef> predefined = new ComboBox<>();
    private final TextArea problem = new TextArea();
    private final Select<TicketKind> kind = new Select<>();
    private final Select<TicketPriority> priority = new Select<>();
    private final DatePicker desiredDate = LocalizedPickers.date();
    private final DateTimePicker scheduledAt = LocalizedPickers.dateTime(null);
    private final IntegerField plannedMinutes = new IntegerField();
    private final TextField contactName = new TextField();
    private final TextField contactPhone = new TextField();
    private final ComboBox<CatalogRef> checklist = new ComboBox<>();
    private final Checkbox withoutChecklist = new Checkbox();
    private final ComboBox<Zone> zone = new ComboBox<>();
    private final ComboBox<TechnicianLoad> technician = new ComboBox<>();
    /** The ticket being edited (rescheduled), or null for a new one. */
    private final TicketDetails editing;

    OpenTicketDialog(
            TicketDesk desk,
            TicketQueries queries,
            CustomerService customers,
            EquipmentService equipment,
            CatalogService catalogs,
            Zones zones,
            ZoneId tenantZone,
            Consumer<TicketDetails> opened) {
        this(desk, queries, customers, equipment, catalogs, zones, tenantZone, null, opened);
    }

    /**
     * Edits what the dispatcher typed, the schedule included (reschedule), with the ticket's version: a change made
     * meanwhile by someone else (or the technician) is refused, not overwritten. The technician stays.
     */
    OpenTicketDialog(
            TicketDesk desk,
            TicketQueries queries,
            CustomerService customers,
            EquipmentService equipment,
            CatalogService catalogs,
            Zones zones,
            ZoneId tenantZone,
            TicketDetails editing,
            Consumer<TicketDetails> saved) {
        this.desk = desk;
        this.queries = queries;
        this.equipment = equipment;
        this.editing = editing;
        Consumer<TicketDetails> opened = saved;
        setHeaderTitle(
                editing == null
                        ? getTranslation("dispatch.open.title")
                        : getTranslation("dispatch.edit.title", editing.number()));
        setId(editing == null ? "open-ticket-dialog" : "edit-ticket-dialog");
        setWidth("min(52rem, 98vw)");

        customer.setId("ticket-customer");
        customer.setLabel(getTranslation("dispatch.open.customer"));
        customer.setRequired(true);
        customer.setItemLabelGenerator(c -> c.name() + (c.phone() == null ? "" : " · " + c.phone()));
        customer.setItems(query ->
                customers.searchRefs(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        customer.addValueChangeListener(e -> customerChanged());

        site.setId("ticket-site");
        site.setLabel(getTranslation("dispatch.open.site"));
        site.setItemLabelGenerator(s -> s == null ? "" : s.label() + " — " + s.address());
        site.setEmptySelectionAllowed(true);
        site.setEmptySelectionCaption(getTranslation("dispatch.open.none"));

        item.setId("ticket-equipment");
        item.setLabel(getTranslation("dispatch.open.equipment"));
        item.setItemLabelGenerator(e -> e.displayName() + " · " + e.serialNumber());
        item.setClearButtonVisible(true);
        item.setPlaceholder(getTranslation("dispatch.open.no-equipment"));
        item.addValueChangeListener(e -> equipmentChanged());

        predefined.setId("ticket-predefined-problem");
        predefined.setLabel(getTranslation("dispatch.open.predefined"));
        predefined.setItems(catalogs.problemRefs());
        predefined.setItemLabelGenerator(CatalogRef::name);
        predefined.setClearButtonVisible(true);
        predefined.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                problem.setValue(
                        problem.getValue().isBlank()
                                ? e.getValue().name()
                                : problem.getValue() + "\n" + e.getValue().name());
            }
        });
        problem.setId("ticket-problem");
        problem.setLabel(getTranslation("dispatch.open.problem"));
        problem.setRequired(true);
        problem.setMaxLength(4000);
        problem.setMinHeight("6em");

        kind.setId("ticket-kind");
        kind.setLabel(getTranslation("dispatch.open.kind"));
        kind.setItems(TicketKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.nameKey()));
        kind.setValue(TicketKind.REPAIR);
        priority.setId("ticket-priority");
        priority.setLabel(getTranslation("dispatch.board.priority"));
        priority.setItems(TicketPriority.values());
        priority.setItemLabelGenerator(p -> getTranslation(p.nameKey()));
        priority.setValue(TicketPriority.NORMAL);
        desiredDate.setId("ticket-desired-date");
        desiredDate.setLabel(getTranslation("dispatch.open.desired-date"));
        desiredDate.setMin(LocalDate.now(tenantZone).minusDays(1));
        scheduledAt.setId("ticket-scheduled-at");
        scheduledAt.setLabel(getTranslation("dispatch.open.scheduled-at"));
        scheduledAt.setStep(java.time.Duration.ofMinutes(15));
        plannedMinutes.setId("ticket-planned-minutes");
        plannedMinutes.setLabel(getTranslation("dispatch.open.planned-minutes"));
        plannedMinutes.setMin(1);
        plannedMinutes.setMax(10080);
        plannedMinutes.setStepButtonsVisible(true);
        plannedMinutes.setStep(15);
        contactName.setId("ticket-contact-name");
        contactName.setLabel(getTranslation("dispatch.open.contact-name"));
        contactPhone.setId("ticket-contact-phone");
        contactPhone.setLabel(getTranslation("dispatch.open.contact-phone"));

        checklist.setId("ticket-checklist");
        checklist.setLabel(getTranslation("dispatch.open.checklist"));
        checklist.setItems(catalogs.checklistRefs());
        checklist.setItemLabelGenerator(CatalogRef::name);
        checklist.setClearButtonVisible(true);
        checklist.setHelperText(getTranslation("dispatch.open.checklist-help"));
        withoutChecklist.setId("ticket-without-checklist");
        withoutChecklist.setLabel(getTranslation("dispatch.open.without-checklist"));
        withoutChecklist.addValueChangeListener(e -> checklist.setEnabled(!e.getValue()));

        zone.setId("ticket-zone");
        zone.setLabel(getTranslation("dispatch.board.zone"));
        zone.setItems(zones.all());
        zone.setItemLabelGenerator(Zone::getName);
        zone.setClearButtonVisible(true);
        zone.setHelperText(getTranslation("dispatch.open.zone-help"));
        zone.addValueChangeListener(e -> technicians());

        technician.setId("ticket-technician");
        technician.setLabel(getTranslation("dispatch.open.technician"));
        technician.setClearButtonVisible(true);
        technician.setPlaceholder(getTranslation("dispatch.open.unassigned"));
        technician.setItemLabelGenerator(t -> t.displayName() + " — "
                + getTranslation("dispatch.board.load-value", t.today(), t.open())
                + (t.coversZone() ? " ✓" : ""));
        technicians();

        FormLayout form = new FormLayout(
                customer,
                site,
                item,
                predefined,
                problem,
                kind,
                priority,
                desiredDate,
                scheduledAt,
                plannedMinutes,
                contactName,
                contactPhone,
                checklist,
                withoutChecklist,
                zone,
                technician);
        form.setColspan(problem, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        add(form);

        if (editing != null) {
            fill(editing, customers, catalogs, tenantZone);
        }
        Button save = new Button(
                getTranslation(editing == null ? "dispatch.open.save" : "dispatch.edit.save"),
                e -> save(tenantZone, opened));
        save.setId("ticket-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("dispatch.action-button.close"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
    }

    private void fill(TicketDetails t, CustomerService customers, CatalogService catalogs, ZoneId tenantZone) {
        var s = t.summary();
        // the assignment has its own actions (assign, unassign) on the ticket page
        technician.setVisible(false);
        customers.ref(s.customerId()).ifPresent(customer::setValue);
        site.getListDataView()
                .getItems()
                .filter(x -> x.id().equals(s.siteId()))
                .findFirst()
                .ifPresentOrElse(site::setValue, () -> site.setValue(null));
        item.getListDataView()
                .getItems()
                .filter(x -> x.id().equals(s.equipmentId()))
                .findFirst()
                .ifPresentOrElse(item::setValue, () -> item.setValue(null));
        problem.setValue(s.problem() == null ? "" : s.problem());
        kind.setValue(s.kind());
        priority.setValue(s.priority());
        if (s.desiredDate() != null && s.desiredDate().isBefore(desiredDate.getMin())) {
            desiredDate.setMin(s.desiredDate());
        }
        desiredDate.setValue(s.desiredDate());
        scheduledAt.setValue(
                s.scheduledAt() == null
                        ? null
                        : s.scheduledAt().atZone(tenantZone).toLocalDateTime());
        plannedMinutes.setValue(s.plannedMinutes());
        contactName.setValue(t.contactName() == null ? "" : t.contactName());
        contactPhone.setValue(t.contactPhone() == null ? "" : t.contactPhone());
        boolean answered = t.checklist().stream().anyMatch(i -> i.answer() != null);
        if (t.checklistId() != null) {
            catalogs.checklistRefs().stream()
                    .filter(c -> c.id().equals(t.checklistId()))
                    .findFirst()
                    .ifPresent(checklist::setValue);
        }
        // an answered checklist stays as the technician filled it
        checklist.setEnabled(!answered);
        withoutChecklist.setEnabled(!answered);
        zone.getListDataView()
                .getItems()
                .filter(z -> z.getId().equals(s.zoneId()))
                .findFirst()
                .ifPresent(zone::setValue);
    }

    /** Starts the ticket for a customer already chosen (from the customer's page). */
    void forCustomer(CustomerRef chosen) {
        customer.setValue(chosen);
    }

    private void customerChanged() {
        CustomerRef c = customer.getValue();
        List<SiteRef> sites = c == null ? List.of() : c.sites();
        site.setItems(sites);
        site.setValue(sites.size() == 1 ? sites.getFirst() : null);
        List<EquipmentRef> items = c == null ? List.of() : equipment.refsOfCustomer(c.id());
        item.setItems(items);
        item.setValue(items.size() == 1 ? items.getFirst() : null);
        if (c != null && contactPhone.isEmpty() && c.phone() != null) {
            contactPhone.setValue(c.phone());
        }
    }

    private void equipmentChanged() {
        EquipmentRef e = item.getValue();
        if (e != null && e.siteId() != null) {
            site.getListDataView()
                    .getItems()
                    .filter(s -> s.id().equals(e.siteId()))
                    .findFirst()
                    .ifPresent(site::setValue);
        }
        checklist.setPlaceholder(e != null && e.typeChecklist() != null ? e.typeChecklist() : "");
    }

    private void technicians() {
        TechnicianLoad chosen = technician.getValue();
        List<TechnicianLoad> loads = queries.technicians(
                zone.getValue() == null ? null : zone.getValue().getId());
        technician.setItems(loads);
        if (chosen != null) {
            loads.stream().filter(t -> t.id().equals(chosen.id())).findFirst().ifPresent(technician::setValue);
        }
    }

    private void save(ZoneId tenantZone, Consumer<TicketDetails> opened) {
        if (customer.getValue() == null) {
            customer.setErrorMessage(getTranslation("dispatch.error.required"));
            customer.setInvalid(true);
            return;
        }
        TicketDraft draft = new TicketDraft(
                kind.getValue(),
                customer.getValue().id(),
                site.getValue() == null ? null : site.getValue().id(),
                item.getValue() == null ? null : item.getValue().id(),
                zone.getValue() == null ? null : zone.getValue().getId(),
                problem.getValue(),
                priority.getValue(),
                desiredDate.getValue(),
                scheduledAt.getValue() == null
                        ? null
                        : scheduledAt.getValue().atZone(tenantZone).toInstant(),
                plannedMinutes.getValue(),
                contactName.getValue(),
                contactPhone.getValue(),
                withoutChecklist.getValue()
                                || checklist.getValue() == null
                                // an unchanged checklist is not attached again
                                || editing != null && checklist.getValue().id().equals(editing.checklistId())
                        ? null
                        : checklist.getValue().id(),
                withoutChecklist.getValue(),
                technician.getValue() == null ? null : technician.getValue().id());
        try {
            TicketDetails ticket;
            if (editing == null) {
                ticket = desk.open(draft);
                Notifications.success("dispatch.open.saved", ticket.number());
            } else {
                ticket = desk.edit(editing.id(), editing.version(), draft);
                Notifications.success("dispatch.edit.saved", ticket.number());
            }
            close();
            opened.accept(ticket);
        } catch (DomainException e) {
            Map<String, HasValidation> fields = Map.of(
                    "customerId",
                    customer,
                    "siteId",
                    site,
                    "equipmentId",
                    item,
                    "problem",
                    problem,
                    "plannedMinutes",
                    plannedMinutes,
                    "contactName",
                    contactName,
                    "contactPhone",
                    contactPhone,
                    "zoneId",
                    zone,
                    "technicianId",
                    technician,
                    "checklistId",
                    checklist);
            Notifications.show(e, fields);
        } catch (RuntimeException e) {
            DispatchUi.show(e);
        }
    }
}
