package org.sitrep.ingest.feeds.openphish;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * OpenPhish premium sectors → Sitrep's {@code extra.target_sector} values ({@code bank}, {@code payment},
 * {@code government}, {@code e-commerce}, {@code telecom}, {@code social}, {@code other}).
 */
record OpenphishConfig(Map<String, String> sectors) {

    static final OpenphishConfig DEFAULT = new OpenphishConfig(Map.ofEntries(
            Map.entry("financial", "bank"),
            Map.entry("banking", "bank"),
            Map.entry("bank", "bank"),
            Map.entry("payment", "payment"),
            Map.entry("payment services", "payment"),
            Map.entry("cryptocurrency", "payment"),
            Map.entry("government", "government"),
            Map.entry("e-commerce", "e-commerce"),
            Map.entry("ecommerce", "e-commerce"),
            Map.entry("retail", "e-commerce"),
            Map.entry("logistics", "e-commerce"),
            Map.entry("telecom", "telecom"),
            Map.entry("telecommunications", "telecom"),
            Map.entry("social networking", "social"),
            Map.entry("social media", "social"),
            Map.entry("social", "social")));

    OpenphishConfig {
        sectors = Map.copyOf(sectors);
    }

    @Nullable
    String targetSector(@Nullable String sector) {
        return sector == null ? null : sectors.getOrDefault(sector.strip().toLowerCase(Locale.ROOT), "other");
    }
}
