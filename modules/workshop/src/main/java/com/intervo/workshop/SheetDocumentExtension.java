package com.intervo.workshop;

import com.intervo.kernel.documents.DocumentKind;
import java.util.Map;

/**
 * What an edition of the workshop (Workshop Plus) prints on a sheet's protocols beyond Simple's fields: every bean of
 * this type adds its placeholders to the model of a protocol while it renders, in the caller's transaction (so data
 * written earlier in the same transaction is seen). The default templates print an edition's sections only when
 * their placeholders are present.
 */
public interface SheetDocumentExtension {

    void addTo(DocumentKind kind, SheetDetails sheet, Map<String, Object> model);
}
