package com.intervo.crm;

import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.customization.CustomizableEntityDefinition;
import com.intervo.kernel.tenancy.TenantSchemaPart;
import com.intervo.kernel.ui.PlatformArea;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CrmConfiguration {

    @Bean
    PlatformArea crmArea() {
        return new PlatformArea("com.intervo.crm", "crm.menu.group", 5);
    }

    /** The CRM's tables come right after the kernel's: every product module refers to customers and equipment. */
    @Bean
    TenantSchemaPart crmTables() {
        return TenantSchemaPart.platform("crm", "db/changelog/tenant/crm/changelog.xml", 10);
    }

    @Bean
    static CustomizableEntityDefinition customerFields() {
        return CustomizableEntityDefinition.of(CustomizableEntity.CUSTOMER, 10);
    }

    @Bean
    static CustomizableEntityDefinition equipmentFields() {
        return CustomizableEntityDefinition.of(CustomizableEntity.EQUIPMENT, 20);
    }

    @Bean
    PlatformArea catalogsArea() {
        return new PlatformArea("com.intervo.crm.ui.catalogs", "crm.catalogs.group", 800);
    }
}
