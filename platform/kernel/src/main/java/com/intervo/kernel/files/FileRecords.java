package com.intervo.kernel.files;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FileRecords extends JpaRepository<FileRecord, UUID> {

    List<FileRecord> findByOwnerTypeAndOwnerIdOrderByCreatedAtAscIdAsc(String ownerType, UUID ownerId);

    @org.springframework.data.jpa.repository.Query(
            "select f from FileRecord f where f.ownerType = :type and f.ownerId in :owners order by f.createdAt, f.id")
    List<FileRecord> ofOwners(
            @org.springframework.data.repository.query.Param("type") String ownerType,
            @org.springframework.data.repository.query.Param("owners") java.util.Collection<UUID> ownerIds);
}
