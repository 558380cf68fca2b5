package com.intervo.stock;

import static com.intervo.kernel.documents.DocumentDefaults.inLanguage;

import com.intervo.kernel.documents.DocumentKind;
import com.intervo.kernel.documents.DocumentKindDefinition;
import com.intervo.kernel.licensing.ModuleDescriptor;
import com.intervo.kernel.licensing.ModuleKey;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The Stock module's manifest: its license key, what it requires, where it sits in the menu, its tables and its
 * documents.
 */
@Component
public class StockModule implements ModuleDescriptor {

    /** The note that parts came into a warehouse (Romanian NIR). */
    public static final DocumentKind GOODS_RECEIPT = DocumentKind.of("GOODS_RECEIPT");

    @Bean
    static DocumentKindDefinition goodsReceiptDocument() {
        return DocumentKindDefinition.of(GOODS_RECEIPT, "stock.document.goods-receipt", "documents/stock", "NIR", 60)
                .withSample((model, lang) -> {
                    model.put(
                            "warehouse",
                            Map.of(
                                    "code",
                                    "MAIN",
                                    "name",
                                    inLanguage(
                                            lang, "Main store", "Magazie centrală", "Основной склад", "Hlavní sklad")));
                    model.put(
                            "supplier",
                            Map.of(
                                    "name",
                                    inLanguage(
                                            lang,
                                            "Termo Parts Ltd",
                                            "Termo Piese SRL",
                                            "ООО «Термо Детали»",
                                            "Termo Díly s.r.o."),
                                    "reference",
                                    "AV-2026-1187"));
                });
    }

    @Override
    public ModuleKey key() {
        return ModuleKey.STOCK;
    }

    @Override
    public Set<ModuleKey> requires() {
        return Set.of();
    }

    @Override
    public Optional<String> tenantChangelog() {
        return Optional.of("db/changelog/tenant/stock/changelog.xml");
    }

    @Override
    public String menuGroup() {
        return "stock.menu.group";
    }

    @Override
    public String apiSegment() {
        return "stock";
    }

    @Override
    public int menuOrder() {
        return 30;
    }
}
