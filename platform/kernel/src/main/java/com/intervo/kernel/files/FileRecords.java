package com.intervo.kernel.files;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FileRecords extends JpaRepository<FileRecord, UUID> {

    List<FileRecord> findByOwnerTypeAndOwnerIdOrderByCreatedAtAscIdAsc(String ownerType, UUID ownerId);
}
