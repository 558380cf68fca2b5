package com.intervo.crm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A service or labour with its cost and sale price ("Boiler annual check, 1 h"). */
@Entity
@Table(name = "service_item")
public class ServiceItem extends CatalogItem {

    protected ServiceItem() {}

    public ServiceItem(Draft draft) {
        update(draft);
    }
}
