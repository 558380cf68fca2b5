package com.intervo.crm.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EquipmentRegistry extends JpaRepository<Equipment, UUID> {

    @Query("select e from Equipment e where lower(e.serialNumber) = lower(:serial)")
    Optional<Equipment> findBySerial(@Param("serial") String serial);

    @Query("select e from Equipment e where e.customer.id = :customerId order by e.serialNumber")
    List<Equipment> findByCustomer(@Param("customerId") UUID customerId);

    /** Substring search over serial number and name; trigram-indexed. */
    @Query(
            value = "select * from equipment e where e.search_text like '%' || :q || '%' "
                    + "order by e.serial_number, e.id",
            nativeQuery = true)
    List<Equipment> search(@Param("q") String q, Pageable page);

    @Query(value = "select count(*) from equipment e where e.search_text like '%' || :q || '%'", nativeQuery = true)
    long countSearch(@Param("q") String q);

    @Query("select e from Equipment e order by e.serialNumber, e.id")
    List<Equipment> page(Pageable page);

    /** Ids of equipment whose lower-case serial number is like the (escaped) pattern. */
    @Query("select e.id from Equipment e where lower(e.serialNumber) like :pattern escape '\\'")
    List<UUID> idsWithSerial(@Param("pattern") String pattern);
}
