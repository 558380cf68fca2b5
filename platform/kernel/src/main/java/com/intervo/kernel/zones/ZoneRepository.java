package com.intervo.kernel.zones;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ZoneRepository extends JpaRepository<Zone, UUID> {

    @Query("select z from Zone z where z.active order by z.kind, lower(z.name)")
    List<Zone> active();

    @Query(
            value = "select z.* from zone z join user_zone uz on uz.zone_id = z.id where uz.user_id = :userId "
                    + "order by z.kind, lower(z.name)",
            nativeQuery = true)
    List<Zone> ofUser(@Param("userId") UUID userId);

    @Query(
            value = "select uz.user_id from user_zone uz join app_user u on u.id = uz.user_id "
                    + "where uz.zone_id = :zoneId and u.active",
            nativeQuery = true)
    List<UUID> usersIn(@Param("zoneId") UUID zoneId);

    @Modifying
    @Query(value = "delete from user_zone where user_id = :userId", nativeQuery = true)
    void clearUser(@Param("userId") UUID userId);

    @Modifying
    @Query(value = "insert into user_zone (user_id, zone_id) values (:userId, :zoneId)", nativeQuery = true)
    void assign(@Param("userId") UUID userId, @Param("zoneId") UUID zoneId);
}
