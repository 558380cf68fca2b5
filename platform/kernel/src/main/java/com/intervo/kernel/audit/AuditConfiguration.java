package com.intervo.kernel.audit;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "auditor")
class AuditConfiguration {

    /** Who is acting: the signed-in user ("tenant/user"), or "system" for jobs and start-up work. */
    @Bean
    AuditorAware<String> auditor() {
        return () -> Optional.of(currentActor());
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null
                || !auth.isAuthenticated()
                || auth.getName() == null
                || "anonymousUser".equals(auth.getName())) {
            return "system";
        }
        return auth.getName();
    }
}
