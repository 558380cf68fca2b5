package com.intervo.workshop;

import com.intervo.kernel.security.PublicEndpoints;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public tracking portal's paths: open to anyone, and framable by the sites the tenant operator allows. */
@Configuration(proxyBeanMethods = false)
class WorkshopConfiguration {

    @Bean
    PublicEndpoints workshopPortalEndpoints(WorkshopSettings settings) {
        return new PublicEndpoints(
                List.of("/track", "/track/**", "/portal/**"),
                List.of("/track", "/track/**", "/portal/embed", "/portal/embed/**"),
                settings.portal().frameAncestors());
    }
}
