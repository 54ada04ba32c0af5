package org.sitrep.core.enrich;

import org.sitrep.core.event.Event;

/**
 * Adds what a feed did not say (country, ASN, province, registered domain, …). Returns the same event or a new
 * one; never invents a value it cannot look up. Expensive tables are loaded once, when the enricher is built.
 */
@FunctionalInterface
public interface Enricher {
    Event enrich(Event event);
}
