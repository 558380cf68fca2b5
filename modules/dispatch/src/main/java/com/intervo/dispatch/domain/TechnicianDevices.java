package com.intervo.dispatch.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TechnicianDevices extends JpaRepository<TechnicianDevice, UUID> {

    Optional<TechnicianDevice> findByToken(String token);

    List<TechnicianDevice> findByUserId(UUID userId);

    @Modifying
    @Query("delete from TechnicianDevice d where d.token in :tokens")
    int deleteByTokens(@Param("tokens") List<String> tokens);
}
