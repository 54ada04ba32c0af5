package org.sitrep.ingest.feeds.shadowserver;

import java.util.List;
import java.util.Set;
import org.sitrep.core.event.Event;

/**
 * Where Sitrep classifies a report's events otherwise than Shadowserver's schema, and why (ADR 006). Each departure
 * names the reports, the classification the schema gives and the one Sitrep stores; nothing else is changed.
 *
 * @param reports the reports' file-name types
 * @param taxonomy the schema's taxonomy
 * @param type the schema's type
 * @param sitrepType the type Sitrep stores instead
 * @param reason one sentence, also in {@code docs/feeds.md}
 */
record Departure(Set<String> reports, String taxonomy, String type, String sitrepType, String reason) {

    /** Every departure; the classification test over the schema checks that no other difference exists. */
    static final List<Departure> ALL = List.of(new Departure(
            Set.of("scan_exchange", "scan6_exchange"),
            "vulnerable",
            "infected-system",
            "vulnerable-system",
            "the schema pairs taxonomy vulnerable with type infected-system (of taxonomy malicious-code) for an"
                    + " Exchange server found vulnerable; Sitrep keeps the taxonomy and its identifier"
                    + " vulnerable-exchange-server and stores vulnerable-system, so that a vulnerable server is"
                    + " not counted as an infected host"));

    Departure {
        reports = Set.copyOf(reports);
    }

    /** The classification Sitrep stores for a report's classification per the schema. */
    static Event.Classification apply(String report, Event.Classification schema) {
        for (Departure departure : ALL) {
            if (departure.reports.contains(report)
                    && departure.taxonomy.equals(schema.taxonomy())
                    && departure.type.equals(schema.type())) {
                return new Event.Classification(schema.taxonomy(), departure.sitrepType, schema.identifier());
            }
        }
        return schema;
    }
}
