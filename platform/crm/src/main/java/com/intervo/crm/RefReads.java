package com.intervo.crm;

import com.intervo.kernel.company.CompanyDetails;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The records other modules read, straight from the columns they show: a customer with its sites in two statements,
 * equipment with type, model, manufacturer and checklist name in one — instead of loading the entities with their
 * eager graphs (a customer's contacts, an equipment's whole customer) to copy a few fields. The ids travel as one
 * array parameter ({@code = any(?)}): one prepared statement whatever their number, where an ORM {@code in (:ids)}
 * list is planned anew for every call. A single id is read with {@code = ?}: PostgreSQL keeps one generic plan for
 * it, where for an array it plans each call again (its generic plan assumes ten elements and loses to a custom plan
 * for one; planning the equipment join cost ten times its execution). Runs on the caller's transaction's connection,
 * in the bound tenant's schema.
 */
@Component
class RefReads {

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    RefReads(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    Map<UUID, CustomerRef> customers(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        flushPendingChanges();
        Map<UUID, List<SiteRef>> sites = new HashMap<>();
        query(
                """
                select customer_id, id, label, street, postal_code, city, county, latitude, longitude
                from site where customer_id = any(?) order by customer_id, position""",
                ids,
                rs -> sites.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new SiteRef(
                                rs.getObject(2, UUID.class),
                                rs.getString(3),
                                CompanyDetails.formatAddress(
                                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getBigDecimal(8),
                                rs.getBigDecimal(9))));
        Map<UUID, CustomerRef> refs = new LinkedHashMap<>();
        query(
                "select id, kind, name, tax_id, email, phone, language, active from customer where id = any(?)",
                ids,
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    refs.put(
                            id,
                            new CustomerRef(
                                    id,
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getBoolean(8),
                                    sites.getOrDefault(id, List.of())));
                });
        return refs;
    }

    Map<UUID, EquipmentRef> equipment(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        flushPendingChanges();
        Map<UUID, EquipmentRef> refs = new LinkedHashMap<>();
        query("""
                select e.id, e.customer_id, e.site_id, e.serial_number, e.name, t.id, t.name, m.name, mf.name,
                       e.install_date, e.warranty_until, e.latitude, e.longitude, e.active, cl.name
                from equipment e
                left join equipment_type t on t.id = e.equipment_type_id
                left join checklist cl on cl.id = t.checklist_id
                left join equipment_model m on m.id = e.model_id
                left join manufacturer mf on mf.id = m.manufacturer_id
                where e.id = any(?)""", ids, rs -> {
            String serial = rs.getString(4);
            String name = rs.getString(5);
            String typeName = rs.getString(7);
            String modelName = rs.getString(8);
            String manufacturer = rs.getString(9);
            // as Equipment.displayName(): the model's full name, else the free name, else the type, else
            // the serial number
            String displayName = modelName != null
                    ? manufacturer + " " + modelName
                    : name != null ? name : typeName == null ? serial : typeName;
            UUID id = rs.getObject(1, UUID.class);
            refs.put(
                    id,
                    new EquipmentRef(
                            id,
                            rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class),
                            serial,
                            displayName,
                            name,
                            rs.getObject(6, UUID.class),
                            typeName == null ? "" : typeName,
                            modelName == null ? "" : manufacturer,
                            modelName == null ? (name == null ? "" : name) : modelName,
                            rs.getObject(10, LocalDate.class),
                            rs.getObject(11, LocalDate.class),
                            rs.getBigDecimal(12),
                            rs.getBigDecimal(13),
                            rs.getBoolean(14),
                            rs.getString(15)));
        });
        return refs;
    }

    /** A customer or a device created or changed earlier in this transaction must be read as it is now. */
    private void flushPendingChanges() {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && entityManager.isJoinedToTransaction()) {
            entityManager.flush();
        }
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Collection<UUID> ids, Row row) {
        boolean one = ids.size() == 1;
        jdbc.execute(
                (Connection c) -> {
                    PreparedStatement statement = c.prepareStatement(one ? sql.replace("= any(?)", "= ?") : sql);
                    if (one) {
                        statement.setObject(1, ids.iterator().next());
                    } else {
                        statement.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                    }
                    return statement;
                },
                (PreparedStatement statement) -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            row.read(rs);
                        }
                    }
                    return null;
                });
    }
}
