package com.intervo.crm;

import com.intervo.kernel.ui.PlatformArea;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CrmConfiguration {

    @Bean
    PlatformArea crmArea() {
        return new PlatformArea("com.intervo.crm", "crm.menu.group", 5);
    }

    @Bean
    PlatformArea catalogsArea() {
        return new PlatformArea("com.intervo.crm.ui.catalogs", "crm.catalogs.group", 800);
    }
}
