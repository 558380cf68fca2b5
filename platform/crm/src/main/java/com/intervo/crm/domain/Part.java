package com.intervo.crm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A spare part of the catalog; stock levels belong to the Stock module. */
@Entity
@Table(name = "part")
public class Part extends CatalogItem {

    protected Part() {}

    public Part(Draft draft) {
        update(draft);
    }
}
