package com.intervo.dispatch.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tenant's technicians (active users with the technician role), the zones they cover, and where they were
 * last seen; plus the storage of location pings. Plain SQL over the tenant schema: must run inside a transaction
 * (that is where the tenant's connection is).
 */
@Component
public class Technicians {

    /** A technician with the zones they cover. */
    public record Row(UUID id, String displayName, String locale, List<UUID> zoneIds, List<String> zoneNames) {}

    /** A location ping as the phone recorded it. */
    public record Ping(
            Instant recordedAt,
            BigDecimal latitude,
            BigDecimal longitude,
            BigDecimal accuracyM,
            BigDecimal speedMps,
            Integer battery) {}

    /** The last known position. */
    public record Position(
            UUID userId, Instant recordedAt, BigDecimal latitude, BigDecimal longitude, BigDecimal accuracyM) {}

    private final NamedParameterJdbcTemplate jdbc;

    Technicians(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> all() {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        Map<UUID, List<UUID>> zoneIds = new HashMap<>();
        Map<UUID, List<String>> zoneNames = new HashMap<>();
        jdbc.query("""
                select u.id, u.display_name, u.locale, z.id as zone_id, z.name as zone_name
                from app_user u
                join app_user_role r on r.user_id = u.id and r.role = 'TECHNICIAN'
                left join user_zone uz on uz.user_id = u.id
                left join zone z on z.id = uz.zone_id and z.active
                where u.active
                order by u.display_name, u.id, z.name""", rs -> {
            UUID id = rs.getObject("id", UUID.class);
            zoneIds.computeIfAbsent(id, k -> new ArrayList<>());
            zoneNames.computeIfAbsent(id, k -> new ArrayList<>());
            rows.putIfAbsent(
                    id,
                    new Row(
                            id,
                            rs.getString("display_name"),
                            rs.getString("locale"),
                            zoneIds.get(id),
                            zoneNames.get(id)));
            UUID zone = rs.getObject("zone_id", UUID.class);
            if (zone != null) {
                zoneIds.get(id).add(zone);
                zoneNames.get(id).add(rs.getString("zone_name"));
            }
        });
        return rows.values().stream()
                .map(r -> new Row(
                        r.id(), r.displayName(), r.locale(), List.copyOf(r.zoneIds()), List.copyOf(r.zoneNames())))
                .toList();
    }

    public Optional<Row> find(UUID id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Display names of any users (technicians or not, active or not), for showing who did what. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.query("select id, display_name from app_user where id in (:ids)", Map.of("ids", ids), rs -> {
            names.put(rs.getObject("id", UUID.class), rs.getString("display_name"));
        });
        return names;
    }

    /** Names of these zones by id (active or not). */
    public Map<UUID, String> zoneNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.query("select id, name from zone where id in (:ids)", Map.of("ids", ids), rs -> {
            names.put(rs.getObject("id", UUID.class), rs.getString("name"));
        });
        return names;
    }

    /**
     * Stores a batch of pings (a repeated ping is ignored) and moves the technician's last known position when
     * the newest ping is newer — one statement for the whole batch: the pings travel as arrays. Returns how many
     * pings were new.
     */
    public int record(UUID userId, List<Ping> pings, Instant receivedAt) {
        if (pings.isEmpty()) {
            return 0;
        }
        // as text (ISO-8601 instants with their zone, plain decimals): no driver conversion can shift a time
        int n = pings.size();
        String[] at = new String[n];
        String[] lat = new String[n];
        String[] lng = new String[n];
        String[] acc = new String[n];
        String[] speed = new String[n];
        String[] battery = new String[n];
        for (int i = 0; i < n; i++) {
            Ping p = pings.get(i);
            at[i] = p.recordedAt().toString();
            lat[i] = plain(p.latitude());
            lng[i] = plain(p.longitude());
            acc[i] = plain(p.accuracyM());
            speed[i] = plain(p.speedMps());
            battery[i] = p.battery() == null ? null : p.battery().toString();
        }
        Integer stored = jdbc.getJdbcTemplate()
                .execute(
                        (java.sql.Connection c) -> {
                            var statement = c.prepareStatement("""
                            with ping as (
                                select * from unnest(?::timestamptz[], ?::numeric[], ?::numeric[], ?::numeric[],
                                                     ?::numeric[], ?::int[]) as p(at, lat, lng, acc, speed, battery)),
                            stored as (
                                insert into technician_location (user_id, recorded_at, received_at, latitude,
                                                                 longitude, accuracy_m, speed_mps, battery)
                                select ?, at, ?, lat, lng, acc, speed, battery from ping
                                on conflict (user_id, recorded_at) do nothing
                                returning 1),
                            moved as (
                                insert into technician_position (user_id, recorded_at, latitude, longitude, accuracy_m)
                                select ?, at, lat, lng, acc from ping order by at desc limit 1
                                on conflict (user_id) do update set recorded_at = excluded.recorded_at,
                                    latitude = excluded.latitude, longitude = excluded.longitude,
                                    accuracy_m = excluded.accuracy_m
                                where technician_position.recorded_at < excluded.recorded_at)
                            select count(*) from stored""");
                            statement.setArray(1, c.createArrayOf("text", at));
                            statement.setArray(2, c.createArrayOf("text", lat));
                            statement.setArray(3, c.createArrayOf("text", lng));
                            statement.setArray(4, c.createArrayOf("text", acc));
                            statement.setArray(5, c.createArrayOf("text", speed));
                            statement.setArray(6, c.createArrayOf("text", battery));
                            statement.setObject(7, userId);
                            statement.setTimestamp(8, Timestamp.from(receivedAt));
                            statement.setObject(9, userId);
                            return statement;
                        },
                        (java.sql.PreparedStatement statement) -> {
                            try (var rs = statement.executeQuery()) {
                                rs.next();
                                return rs.getInt(1);
                            }
                        });
        return stored == null ? 0 : stored;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    public List<Position> positions() {
        return jdbc.query(
                "select user_id, recorded_at, latitude, longitude, accuracy_m from technician_position",
                (rs, i) -> new Position(
                        rs.getObject("user_id", UUID.class),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getBigDecimal("latitude"),
                        rs.getBigDecimal("longitude"),
                        rs.getBigDecimal("accuracy_m")));
    }

    public Optional<Position> position(UUID userId) {
        return positions().stream().filter(p -> p.userId().equals(userId)).findFirst();
    }
}
