package com.intervo.kernel.company;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Profiles extends JpaRepository<CompanyProfile, UUID> {}
