package com.intervo.kernel.portal;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicCodeRepository extends JpaRepository<PublicCode, String> {}
