package org.sitrep.report.model;

/** One entry of a distribution: a key (an enum, a province name, a top-level domain …) and its count. */
public record Counted<K>(K key, long count) {
    public Counted {
        Checks.present(key, "key");
        Checks.count(count, "count");
    }
}
