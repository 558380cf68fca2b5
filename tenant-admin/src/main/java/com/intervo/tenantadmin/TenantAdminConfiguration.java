package com.intervo.tenantadmin;

import com.intervo.kernel.ui.PlatformArea;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TenantAdminConfiguration {

    @Bean
    PlatformArea administrationArea() {
        return new PlatformArea("com.intervo.tenantadmin", "tenantadmin.menu.group", 900);
    }
}
