package com.intervo.crm.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Customers extends JpaRepository<Customer, UUID> {

    /** Substring search over name, e-mail, phone (also digits only) and tax id; trigram-indexed. */
    @Query(
            value = "select * from customer c where c.search_text like '%' || :q || '%' "
                    + "or (:digits <> '' and c.search_text like '%' || :digits || '%') order by lower(c.name), c.id",
            countQuery = "select count(*) from customer c where c.search_text like '%' || :q || '%' "
                    + "or (:digits <> '' and c.search_text like '%' || :digits || '%')",
            nativeQuery = true)
    List<Customer> search(@Param("q") String q, @Param("digits") String digits, Pageable page);

    @Query(
            value = "select count(*) from customer c where c.search_text like '%' || :q || '%' "
                    + "or (:digits <> '' and c.search_text like '%' || :digits || '%')",
            nativeQuery = true)
    long countSearch(@Param("q") String q, @Param("digits") String digits);

    /** Whether a site with this id exists, whoever's it is. */
    @Query("select count(s) > 0 from Site s where s.id = :id")
    boolean siteExists(@Param("id") UUID id);

    /**
     * Active customers with the same e-mail address (case ignored) or the same phone number (its last nine
     * digits: "0722 123 456" and "+40 722 123 456" are one number). Empty arguments match nothing.
     */
    @Query(
            value = "select * from customer c where c.active and ((:email <> '' and lower(c.email) = :email) "
                    + "or (:phone <> '' and right(regexp_replace(coalesce(c.phone, ''), '[^0-9]', '', 'g'), 9) = :phone)) "
                    + "order by lower(c.name), c.id limit 10",
            nativeQuery = true)
    List<Customer> sameContact(@Param("email") String email, @Param("phone") String phone);

    @Query("select c from Customer c order by lower(c.name), c.id")
    List<Customer> page(Pageable page);

    /** Ids of customers whose lower-case name is like the (escaped) pattern. */
    @Query("select c.id from Customer c where lower(c.name) like :pattern escape '\\'")
    List<UUID> idsNamed(@Param("pattern") String pattern);
}
